/**
 * The Redflag crawler. Entry points: {@link org.redflag.crawler.CrawlService} (crawl one source once, returns the
 * recorded {@link org.redflag.store.CrawlRun}), {@link org.redflag.crawler.schedule.CrawlScheduler} (Quartz, one
 * job per source, runtime schedule changes persisted) and {@link org.redflag.crawler.source.SourceLoader} (source
 * files).
 *
 * <p>One package per stage: {@code source} (configuration), {@code url} (normalisation, traps, seen-set),
 * {@code frontier} (per-host politeness queues), {@code robots} (robots.txt, sitemaps), {@code fetch} (HTTP),
 * {@code extract} (HTML to ad fields), {@code dedup} (new / edited / unchanged, reposts), {@code index} (batched,
 * retried store writes), {@code run} (one run wired together), {@code schedule} (Quartz), {@code bench} (a
 * generated local job site and the crawl benchmark).
 */
package org.redflag.crawler;
