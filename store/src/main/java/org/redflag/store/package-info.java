/**
 * What the crawler and the API share: the stored ad ({@link org.redflag.store.AdDocument}), the
 * {@link org.redflag.store.AdStore} seam the crawler writes through and its implementations, crawl-run records, and
 * what the API reads: {@link org.redflag.store.AdSearchStore} with {@link org.redflag.store.AdQuery},
 * {@link org.redflag.store.StoredAd} and the review state kept with each ad ({@link org.redflag.store.AdTriage},
 * {@link org.redflag.store.PlatformReply}).
 *
 * <p>The Elasticsearch implementation is in {@code org.redflag.store.elasticsearch}; configuration loading in
 * {@code org.redflag.store.config}.
 */
package org.redflag.store;
