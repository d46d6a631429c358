package org.redflag.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AdStore} and {@link AdSearchStore} held in memory: used by crawls that write to a file instead of
 * Elasticsearch, and as a fake in tests. Keeps previous versions of edited ads and review state, like the real
 * store; its full-text search is simpler (every word of the query must occur in the ad).
 */
public final class InMemoryAdStore implements AdStore, AdSearchStore {
    private final Map<String, AdDocument> ads = new ConcurrentHashMap<>();
    private final Map<String, List<AdDocument>> history = new ConcurrentHashMap<>();
    private final Map<String, CrawlRun> runs = new ConcurrentHashMap<>();
    private final InMemoryAdReviews reviews = new InMemoryAdReviews();

    @Override
    public Optional<AdDocument> findAd(String id) {
        return Optional.ofNullable(ads.get(id));
    }

    @Override
    public List<AdDocument> findAds(Collection<String> ids) {
        return ids.stream().map(ads::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void saveAds(List<AdDocument> batch) {
        for (AdDocument ad : batch) {
            AdDocument previous = ads.put(ad.id(), ad);
            if (previous != null && !previous.contentHash().equals(ad.contentHash())) {
                history.computeIfAbsent(ad.id(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(previous);
            }
        }
    }

    /** Previous versions of an ad, oldest first. */
    @Override
    public List<AdDocument> history(String id) {
        return List.copyOf(history.getOrDefault(id, List.of()));
    }

    /** Every stored ad, in no particular order. */
    public List<AdDocument> allAds() {
        return List.copyOf(ads.values());
    }

    @Override
    public List<String> findLiveAdIdsNotSeenSince(String sourceId, Instant since) {
        return ads.values().stream()
                .filter(ad -> ad.sourceId().equals(sourceId) && !ad.removed() && ad.lastSeen().isBefore(since))
                .map(AdDocument::id)
                .toList();
    }

    @Override
    public void markRemoved(Collection<String> ids, Instant at) {
        for (String id : ids) {
            ads.computeIfPresent(id, (k, ad) -> ad.removed() ? ad : new AdDocument(ad.id(), ad.sourceId(),
                    ad.platform(), ad.url(), ad.canonicalUrl(), ad.fields(), ad.contentHash(), ad.fingerprint(),
                    ad.repostOf(), ad.firstSeen(), ad.lastSeen(), at, ad.version(), ad.classification()));
        }
    }

    @Override
    public List<AdDocument> findNearDuplicates(long fingerprint, int maxDistance, int limit) {
        return ads.values().stream()
                .filter(ad -> Long.bitCount(ad.fingerprint() ^ fingerprint) <= maxDistance)
                .sorted(Comparator.comparing(AdDocument::firstSeen))
                .limit(limit)
                .toList();
    }

    @Override
    public void saveCrawlRun(CrawlRun run) {
        runs.put(run.id(), run);
    }

    @Override
    public List<CrawlRun> recentCrawlRuns(String sourceId, int limit) {
        return runs.values().stream()
                .filter(run -> sourceId.isEmpty() || run.sourceId().equals(sourceId))
                .sorted(Comparator.comparing(CrawlRun::started).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public AdHits search(AdQuery query) {
        List<StoredAd> all = reviews.matching(ads.values().stream(), query).toList();
        return new AdHits(all.size(), all.stream().skip(query.offset()).limit(query.limit()).toList());
    }

    @Override
    public long count(AdQuery query) {
        return reviews.matching(ads.values().stream(), query).count();
    }

    @Override
    public Optional<StoredAd> findStoredAd(String id) {
        return findAd(id).map(reviews::stored);
    }

    @Override
    public StoredAd saveTriage(String id, AdTriage triage, String expectedReviewVersion) {
        return reviews.saveTriage(findAd(id).orElseThrow(() -> new AdNotFoundException(id)), triage,
                expectedReviewVersion);
    }

    @Override
    public StoredAd savePlatformReply(String id, PlatformReply reply) {
        return reviews.saveReply(findAd(id).orElseThrow(() -> new AdNotFoundException(id)), reply);
    }
}
