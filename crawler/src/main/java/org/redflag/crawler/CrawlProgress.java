package org.redflag.crawler;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of a running crawl.
 *
 * @param runId        the run's id (as in {@code CrawlRun.id})
 * @param sourceId     the source
 * @param started      when it started
 * @param pagesFetched pages fetched so far
 * @param adsStored    ads acknowledged by the store so far
 * @param adsFlagged   of those, flagged
 * @param queued       URLs waiting in the frontier
 * @param errors       error counts by kind so far
 */
public record CrawlProgress(String runId, String sourceId, Instant started, long pagesFetched, long adsStored,
        long adsFlagged, int queued, Map<String, Long> errors) {

    public CrawlProgress {
        errors = Map.copyOf(errors);
    }
}
