package org.redflag.crawler.source;

import java.time.Duration;

/**
 * Bounds of one crawl run, and crawler-trap bounds.
 *
 * @param maxPages            pages fetched per run (robots.txt and sitemaps not counted)
 * @param maxDepth            link hops from a seed (pagination links do not count)
 * @param maxBytes            bytes read per page; longer bodies are truncated
 * @param maxDuration         wall-clock time per run; the run stops (incomplete) when it is reached
 * @param fetchTimeout        time for one request, from connect to the last byte
 * @param maxRedirects        redirects followed from one URL
 * @param maxUrlsPerHost      distinct URLs queued per host per run
 * @param maxQueryParams      URLs with more query parameters are not followed
 * @param maxRepeatedSegments URLs in which one path segment occurs more often are not followed
 * @param maxCalendarUrls     calendar-like URLs (dates in path or query) followed per host per run
 * @param maxRetries          retries of one URL after a 5xx, 429, timeout or broken connection
 */
public record Limits(int maxPages, int maxDepth, long maxBytes, Duration maxDuration, Duration fetchTimeout,
        int maxRedirects, int maxUrlsPerHost, int maxQueryParams, int maxRepeatedSegments, int maxCalendarUrls,
        int maxRetries) {

    public static final Limits DEFAULT = new Limits(10_000, 20, 2L * 1024 * 1024, Duration.ofHours(2),
            Duration.ofSeconds(30), 5, 200_000, 8, 2, 100, 2);

    public Limits withMaxPages(int pages) {
        return new Limits(pages, maxDepth, maxBytes, maxDuration, fetchTimeout, maxRedirects, maxUrlsPerHost,
                maxQueryParams, maxRepeatedSegments, maxCalendarUrls, maxRetries);
    }

    public Limits withFetchTimeout(Duration timeout) {
        return new Limits(maxPages, maxDepth, maxBytes, maxDuration, timeout, maxRedirects, maxUrlsPerHost,
                maxQueryParams, maxRepeatedSegments, maxCalendarUrls, maxRetries);
    }

    public Limits withMaxBytes(long bytes) {
        return new Limits(maxPages, maxDepth, bytes, maxDuration, fetchTimeout, maxRedirects, maxUrlsPerHost,
                maxQueryParams, maxRepeatedSegments, maxCalendarUrls, maxRetries);
    }

    public Limits withMaxDuration(Duration duration) {
        return new Limits(maxPages, maxDepth, maxBytes, duration, fetchTimeout, maxRedirects, maxUrlsPerHost,
                maxQueryParams, maxRepeatedSegments, maxCalendarUrls, maxRetries);
    }

    public Limits withMaxRetries(int retries) {
        return new Limits(maxPages, maxDepth, maxBytes, maxDuration, fetchTimeout, maxRedirects, maxUrlsPerHost,
                maxQueryParams, maxRepeatedSegments, maxCalendarUrls, retries);
    }
}
