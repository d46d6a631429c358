package org.redflag.store;

import java.util.List;
import java.util.Optional;

/**
 * What the API reads and writes besides the crawler's {@link AdStore}: searching ads, their history, and the
 * review state (triage and platform replies) kept with each ad. Implementations are thread-safe.
 */
public interface AdSearchStore {

    /** The ads matching the query, in its order. */
    AdHits search(AdQuery query);

    /** How many ads match (paging ignored). */
    long count(AdQuery query);

    /** How many live ads are flagged. */
    default long countFlagged() {
        return count(AdQuery.flagged());
    }

    /** The ad with its review state. */
    Optional<StoredAd> findStoredAd(String id);

    /** The ad with its review state, or {@link AdNotFoundException}. */
    default StoredAd expectStoredAd(String id) {
        return findStoredAd(id).orElseThrow(() -> new AdNotFoundException(id));
    }

    /** Earlier versions of an edited ad, oldest first. */
    List<AdDocument> history(String id);

    /**
     * Replaces the analysts' review of an ad, if nobody changed it since {@code expectedReviewVersion} was read.
     *
     * @return the ad as now stored, with its new review version
     * @throws AdVersionConflictException when the review changed since
     * @throws AdNotFoundException        when there is no such ad
     */
    StoredAd saveTriage(String id, AdTriage triage, String expectedReviewVersion);

    /**
     * Replaces the platform's answer about an ad (last write wins).
     *
     * @throws AdNotFoundException when there is no such ad
     */
    StoredAd savePlatformReply(String id, PlatformReply reply);
}
