package org.redflag.crawler.dedup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.Classification;
import org.redflag.store.AdDocument;
import org.redflag.store.AdIds;
import org.redflag.store.AdStore;

/**
 * Compares an extracted ad with its stored version and builds the document to write. New and edited ads are
 * classified; unchanged ones keep their classification. Thread-safe.
 *
 * <p>Store reads may throw {@link org.redflag.store.StoreUnavailableException}; the caller retries.
 */
public final class AdReconciler {
    /** Fingerprints within this many bits are reposts of each other. */
    public static final int REPOST_MAX_DISTANCE = 3;
    private static final int REPOST_LIMIT = 10;
    private static final int MAX_PREFETCHED = 5000;

    private final AdStore store;
    private final AdClassifier classifier;
    private final FingerprintIndex runIndex = new FingerprintIndex();
    /** Stored versions read ahead in bulk (empty when not stored), taken once by {@link #reconcile}. */
    private final Map<String, Optional<AdDocument>> prefetched = new ConcurrentHashMap<>();

    /** One reconciler per crawl run: it also links reposts among the run's own ads not yet in the store. */
    public AdReconciler(AdStore store, AdClassifier classifier) {
        this.store = store;
        this.classifier = classifier;
    }

    /**
     * Reads the stored versions of ads about to be crawled in one store request (e.g. the ads a listing page links
     * to), so that {@link #reconcile} need not read them one by one. Skipped when many are already waiting.
     */
    public void prefetch(Collection<String> canonicalUrls) {
        if (canonicalUrls.isEmpty() || prefetched.size() > MAX_PREFETCHED) {
            return;
        }
        List<String> ids = canonicalUrls.stream().map(AdIds::forCanonicalUrl).toList();
        Map<String, AdDocument> found = new HashMap<>();
        store.findAds(ids).forEach(ad -> found.put(ad.id(), ad));
        ids.forEach(id -> prefetched.put(id, Optional.ofNullable(found.get(id))));
    }

    public AdUpdate reconcile(AdDraft draft, Instant now) {
        String id = AdIds.forCanonicalUrl(draft.canonicalUrl());
        String hash = ContentHash.of(draft.fields());
        Optional<AdDocument> ahead = prefetched.remove(id);
        Optional<AdDocument> previous = ahead != null ? ahead : store.findAd(id);
        if (previous.isPresent() && previous.get().contentHash().equals(hash)) {
            return new AdUpdate(AdOutcome.UNCHANGED, seenAgain(previous.get(), draft, now));
        }
        Classification classification = classifier.classify(draft.fields().toAdText(id, draft.url()));
        long fingerprint = SimHash.of(draft.fields().title() + "\n" + draft.fields().text());
        List<String> reposts = reposts(id, fingerprint);
        Instant firstSeen = previous.map(AdDocument::firstSeen).orElse(now);
        int version = previous.map(p -> p.version() + 1).orElse(1);
        AdDocument doc = new AdDocument(id, draft.sourceId(), draft.platform(), draft.url(), draft.canonicalUrl(),
                draft.fields(), hash, fingerprint, reposts, firstSeen, now, null, version, classification);
        return new AdUpdate(previous.isPresent() ? AdOutcome.UPDATED : AdOutcome.NEW, doc);
    }

    /** The stored ad seen again unchanged: {@code lastSeen} moves, a removal is undone. */
    public static AdDocument seenAgain(AdDocument p, AdDraft draft, Instant now) {
        return new AdDocument(p.id(), p.sourceId(), p.platform(), draft.url(), p.canonicalUrl(), p.fields(),
                p.contentHash(), p.fingerprint(), p.repostOf(), p.firstSeen(), now, null, p.version(),
                p.classification());
    }

    private List<String> reposts(String id, long fingerprint) {
        if (fingerprint == 0L) {
            return List.of();
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        store.findNearDuplicates(fingerprint, REPOST_MAX_DISTANCE, REPOST_LIMIT).stream()
                .map(AdDocument::id)
                .filter(other -> !other.equals(id))
                .forEach(ids::add);
        ids.addAll(runIndex.near(id, fingerprint, REPOST_MAX_DISTANCE));
        runIndex.add(id, fingerprint);
        return ids.stream().limit(REPOST_LIMIT).toList();
    }
}
