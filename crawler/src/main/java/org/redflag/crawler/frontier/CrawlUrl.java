package org.redflag.crawler.frontier;

/**
 * A URL waiting in the frontier.
 *
 * @param url       normalised absolute URL
 * @param host      its lower-case host
 * @param depth     link hops from a seed (pagination hops not counted)
 * @param redirects redirects followed to reach it
 * @param attempts  fetches already tried (retries after 5xx, 429, timeouts)
 * @param sitemap   whether it is expected to be a sitemap rather than a page
 */
public record CrawlUrl(String url, String host, int depth, int redirects, int attempts, boolean sitemap) {

    public CrawlUrl retried() {
        return new CrawlUrl(url, host, depth, redirects, attempts + 1, sitemap);
    }
}
