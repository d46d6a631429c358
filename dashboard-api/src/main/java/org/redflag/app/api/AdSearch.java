package org.redflag.app.api;

import java.util.Optional;

/**
 * The API's port to stored ads: searching, reading one, and writing the review state. The real implementation
 * reads and writes Elasticsearch; it must be thread-safe.
 */
public interface AdSearch {

    /** The ads matching the filter, in its order. */
    AdPage search(AdFilter filter);

    /** The ad with this id. */
    Optional<TrackedAd> findAd(String id);

    /**
     * Replaces the analysts' review of an ad, if the ad is still at {@code expectedVersion}.
     *
     * @return the ad as now stored, with its new version
     * @throws VersionConflictException when someone else changed the ad since {@code expectedVersion} was read
     * @throws NoSuchAdException        when there is no ad with this id
     */
    TrackedAd saveTriage(String id, Triage triage, String expectedVersion);

    /**
     * Replaces the platform's answer to the flag report on an ad (last write wins: only the one platform writes it).
     *
     * @return the ad as now stored
     * @throws NoSuchAdException when there is no ad with this id
     */
    TrackedAd savePlatformResponse(String id, PlatformResponse response);
}
