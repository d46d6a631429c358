package org.redflag.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redflag.classifier.Classification;

/**
 * One ad as Redflag stores it: where it was found, what was extracted, how it was classified, and its life cycle.
 *
 * <p>The id is derived from the canonical URL ({@link AdIds#forCanonicalUrl(String)}), so the same ad crawled twice
 * is one document. Text fields are never null (empty when the page had none).
 *
 * @param id             stable id derived from the canonical URL
 * @param sourceId       the configured source that found it
 * @param platform       the platform (site owner) that receives flag reports about it
 * @param url            the URL it was fetched from
 * @param canonicalUrl   the normalised canonical URL
 * @param fields         the extracted ad fields
 * @param contentHash    hash of the extracted fields; a change means the ad was edited
 * @param fingerprint    64-bit SimHash of title and text, to recognise reposts
 * @param repostOf       ids of earlier ads with near-identical text (other URLs or sites)
 * @param firstSeen      when the ad was first crawled
 * @param lastSeen       when the ad was last seen on its site
 * @param removedAt      when the ad was found gone, null while it is live
 * @param version        1 for a new ad, incremented on every edit
 * @param classification the classifier's verdict on the current version
 */
public record AdDocument(
        String id,
        String sourceId,
        String platform,
        String url,
        String canonicalUrl,
        AdFields fields,
        String contentHash,
        long fingerprint,
        List<String> repostOf,
        Instant firstSeen,
        Instant lastSeen,
        Instant removedAt,
        int version,
        Classification classification) {

    public AdDocument {
        Objects.requireNonNull(id, "AdDocument.id");
        Objects.requireNonNull(sourceId, "AdDocument.sourceId");
        Objects.requireNonNull(platform, "AdDocument.platform");
        Objects.requireNonNull(url, "AdDocument.url");
        Objects.requireNonNull(canonicalUrl, "AdDocument.canonicalUrl");
        Objects.requireNonNull(fields, "AdDocument.fields");
        Objects.requireNonNull(contentHash, "AdDocument.contentHash");
        Objects.requireNonNull(firstSeen, "AdDocument.firstSeen");
        Objects.requireNonNull(lastSeen, "AdDocument.lastSeen");
        Objects.requireNonNull(classification, "AdDocument.classification");
        repostOf = List.copyOf(repostOf);
    }

    public Optional<Instant> findRemovedAt() {
        return Optional.ofNullable(removedAt);
    }

    public boolean removed() {
        return removedAt != null;
    }
}
