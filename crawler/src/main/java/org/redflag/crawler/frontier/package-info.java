/**
 * The frontier of one crawl run: per-host politeness queues ({@link org.redflag.crawler.frontier.Frontier}) handing
 * URLs to a few worker threads, a compact seen-set, and the page budget. A host gets at most its concurrency of
 * requests in flight and one request start per delay; until its robots.txt is known it gets one at a time.
 */
package org.redflag.crawler.frontier;
