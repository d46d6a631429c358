package org.redflag.app.api;

import java.util.List;
import org.redflag.store.CrawlRun;

/** Where the API reads crawl history; {@code AdStore::recentCrawlRuns} fits. */
@FunctionalInterface
public interface CrawlRunLog {

    /** The most recent runs, newest first, of one source or of all ({@code sourceId} empty). */
    List<CrawlRun> recentCrawlRuns(String sourceId, int limit);
}
