/**
 * What the crawler and the API share: the stored ad ({@link org.redflag.store.AdDocument}), the
 * {@link org.redflag.store.AdStore} seam and its implementations, crawl-run records.
 */
package org.redflag.store;
