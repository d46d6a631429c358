/**
 * Fetching one URL over HTTP: {@link org.redflag.crawler.fetch.Fetcher} is the seam,
 * {@link org.redflag.crawler.fetch.HttpFetcher} the implementation on the JDK {@code HttpClient} (HTTP/1.1).
 * Conditional GET, size and time limits, content-type filtering, {@code Retry-After}, refusal of private
 * addresses, and charset detection ({@link org.redflag.crawler.fetch.CharsetDetector}). Redirects are not
 * followed here: they are returned so the crawl queues the target like any other link (with robots.txt,
 * politeness and the redirect bound applied).
 */
package org.redflag.crawler.fetch;
