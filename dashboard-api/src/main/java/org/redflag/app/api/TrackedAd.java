package org.redflag.app.api;

import java.util.Objects;
import org.redflag.store.AdDocument;

/**
 * A stored ad with its review state, as the API reads it.
 *
 * @param ad               the ad and its classification
 * @param triage           the analysts' review
 * @param platformResponse the hosting platform's answer to the flag report
 * @param version          an opaque token that changes on every write to the ad (for Elasticsearch,
 *                         {@code seqNo:primaryTerm}); a triage update must present the version it read
 */
public record TrackedAd(AdDocument ad, Triage triage, PlatformResponse platformResponse, String version) {
    public TrackedAd {
        Objects.requireNonNull(ad, "TrackedAd.ad");
        Objects.requireNonNull(triage, "TrackedAd.triage");
        Objects.requireNonNull(platformResponse, "TrackedAd.platformResponse");
        Objects.requireNonNull(version, "TrackedAd.version");
    }

    public String id() {
        return ad.id();
    }
}
