/**
 * robots.txt and sitemaps, parsed with crawler-commons. {@link org.redflag.crawler.robots.RobotsCache} fetches
 * robots.txt once per origin and user agent (cached for a day at most, RFC 9309 section 2.4) and applies RFC 9309
 * section 2.3.1: a 4xx means no restrictions, a 5xx, 429 or network failure means everything is disallowed,
 * redirects are followed up to five hops. {@code Crawl-delay} and {@code Sitemap} lines are honoured.
 */
package org.redflag.crawler.robots;
