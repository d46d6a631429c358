/**
 * One crawl run of one source, from seeds to the recorded {@link org.redflag.store.CrawlRun}:
 * {@link org.redflag.crawler.run.CrawlRunner} wires the stages (frontier, robots, fetch, extract, dedup, index) and
 * counts what happened in {@link org.redflag.crawler.run.RunStats}.
 */
package org.redflag.crawler.run;
