package org.redflag.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where ads and crawl runs are kept. Implementations: {@code ElasticsearchAdStore} (the real one) and
 * {@link InMemoryAdStore} (for crawls that write to a file, and for tests).
 *
 * <p>Implementations are thread-safe. Every write is idempotent on the ad id.
 */
public interface AdStore {

    /** The current version of the ad with this id, if stored. */
    Optional<AdDocument> findAd(String id);

    /** The current versions of those ids that are stored. */
    List<AdDocument> findAds(Collection<String> ids);

    /**
     * Writes ads (new or updated). When an ad's content hash changed, the previous version is kept as history.
     *
     * @throws StoreUnavailableException when the store cannot take the write; none of the ads is lost from the
     *                                   caller's point of view: the caller may retry the whole list
     */
    void saveAds(List<AdDocument> ads);

    /** Ids of live ads of a source whose {@code lastSeen} is before {@code since}. */
    List<String> findLiveAdIdsNotSeenSince(String sourceId, Instant since);

    /** Marks ads as removed at the given time; ads already removed keep their first removal time. */
    void markRemoved(Collection<String> ids, Instant at);

    /** Ads whose 64-bit text fingerprint is within {@code maxDistance} bits (Hamming) of this one. */
    List<AdDocument> findNearDuplicates(long fingerprint, int maxDistance, int limit);

    /** Records (creates or replaces) a crawl run. */
    void saveCrawlRun(CrawlRun run);

    /** The most recent crawl runs, newest first, optionally for one source (empty string for all). */
    List<CrawlRun> recentCrawlRuns(String sourceId, int limit);
}
