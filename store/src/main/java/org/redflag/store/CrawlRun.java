package org.redflag.store;

import java.time.Instant;
import java.util.Map;

/**
 * What one crawl of one source did, recorded so operators can see it.
 *
 * @param id           unique run id
 * @param sourceId     the source crawled
 * @param trigger      what started it: schedule, manual, cli, demo
 * @param started      when it started
 * @param ended        when it ended (null while running)
 * @param status       running, succeeded, failed, interrupted
 * @param pagesFetched pages fetched (any status)
 * @param adsNew       ads seen for the first time
 * @param adsUpdated   ads whose content changed
 * @param adsUnchanged ads seen again unchanged
 * @param adsRemoved   ads found gone
 * @param adsFlagged   ads flagged in this run (new or updated)
 * @param errors       error counts by kind: robots_denied, http_4xx, http_5xx, timeout, parse, store, ...
 * @param message      a human-readable note, e.g. why it failed
 */
public record CrawlRun(
        String id,
        String sourceId,
        String trigger,
        Instant started,
        Instant ended,
        String status,
        long pagesFetched,
        long adsNew,
        long adsUpdated,
        long adsUnchanged,
        long adsRemoved,
        long adsFlagged,
        Map<String, Long> errors,
        String message) {

    public CrawlRun {
        errors = Map.copyOf(errors);
        message = message == null ? "" : message;
    }
}
