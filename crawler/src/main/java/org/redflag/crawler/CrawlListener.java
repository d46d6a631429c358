package org.redflag.crawler;

import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.crawler.fetch.FetchResult;

/**
 * Told about a run as it goes, e.g. to print progress. Called from crawl threads: implementations are thread-safe
 * and quick. Both methods default to doing nothing.
 */
public interface CrawlListener {
    CrawlListener NONE = new CrawlListener() {
    };

    /** A page (not robots.txt) was fetched, whatever the outcome. */
    default void pageFetched(FetchResult result) {
    }

    /** The store acknowledged an ad (new, updated or unchanged). */
    default void adSaved(AdUpdate update) {
    }
}
