package org.redflag.crawler.dedup;

/** What crawling an ad page meant for the stored ad. */
public enum AdOutcome {
    /** First time this canonical URL was seen. */
    NEW,
    /** Seen before with other content: re-classified, the previous version kept by the store. */
    UPDATED,
    /** Seen before with the same content: only {@code lastSeen} moves. */
    UNCHANGED
}
