package org.redflag.store;

import java.util.Objects;

/**
 * A stored ad with its review state, as the API reads it.
 *
 * @param ad            the current version of the ad and its classification
 * @param triage        the analysts' review ({@link AdTriage#untouched} when nobody reviewed it)
 * @param reply         the platform's answer ({@link PlatformReply#open} when none)
 * @param reviewVersion an opaque token that changes on every triage write; present it to
 *                      {@link AdSearchStore#saveTriage} so a concurrent review is not overwritten. Crawler writes
 *                      (the ad seen again, edited, removed) do not change it.
 */
public record StoredAd(AdDocument ad, AdTriage triage, PlatformReply reply, String reviewVersion) {
    public StoredAd {
        Objects.requireNonNull(ad, "StoredAd.ad");
        Objects.requireNonNull(triage, "StoredAd.triage");
        Objects.requireNonNull(reply, "StoredAd.reply");
        Objects.requireNonNull(reviewVersion, "StoredAd.reviewVersion");
    }

    public String id() {
        return ad.id();
    }
}
