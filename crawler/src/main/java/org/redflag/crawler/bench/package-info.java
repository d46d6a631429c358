/**
 * The crawl benchmark: {@link org.redflag.crawler.bench.SyntheticJobSite} serves a generated job board on a
 * loopback port (listing pages with pagination, ad pages in UTF-8 and GB18030, JSON-LD and plain HTML, a robots.txt
 * Disallow), and {@link org.redflag.crawler.bench.CrawlBenchmark} crawls it through the real pipeline and measures
 * pages per second, peak heap, title accuracy and disallowed fetches.
 */
package org.redflag.crawler.bench;
