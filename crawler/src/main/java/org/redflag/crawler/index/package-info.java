/**
 * Writing ads to the {@link org.redflag.store.AdStore} in batches.
 *
 * <h2>When the store is unavailable: the crawl pauses (no spool)</h2>
 * {@link org.redflag.crawler.index.AdIndexer} holds a small bounded queue in front of the store. When a batch write
 * fails with {@link org.redflag.store.StoreUnavailableException} (Elasticsearch down, 429, whole-request failure),
 * the batch is retried with exponential backoff (200 ms doubling to 10 s) for as long as the run is allowed to last;
 * meanwhile the queue fills and the crawl threads block on it, so fetching pauses instead of piling up pages.
 * Store reads made by deduplication retry the same way. Nothing is lost: an ad leaves memory only once the store
 * has acknowledged it, and its conditional-GET validators are remembered only then, so an ad that could not be
 * written is fetched again by the next run. Nothing is indexed twice: document ids derive from the canonical URL,
 * so a retried batch overwrites the same documents. If the run's time runs out while the store is still down, the
 * run ends as {@code failed} with the unwritten ads counted under the error kind {@code store}, and the
 * "removed" sweep is skipped. A disk spool was rejected: it would need its own recovery and ordering rules, and
 * pausing keeps a single source of truth.
 */
package org.redflag.crawler.index;
