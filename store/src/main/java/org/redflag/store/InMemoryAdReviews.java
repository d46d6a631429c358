package org.redflag.store;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The {@link AdSearchStore} half of {@link InMemoryAdStore}: review state by ad id and the query filters evaluated in
 * memory. Full text matches ads containing every word of the query (case-insensitive), a simplification of the
 * Elasticsearch search.
 */
final class InMemoryAdReviews {
    private record Review(AdTriage triage, long revision) {
    }

    private final Map<String, Review> triage = new ConcurrentHashMap<>();
    private final Map<String, PlatformReply> replies = new ConcurrentHashMap<>();

    StoredAd stored(AdDocument ad) {
        Review review = triage.get(ad.id());
        return new StoredAd(ad, review == null ? AdTriage.untouched(ad.firstSeen()) : review.triage(),
                replies.getOrDefault(ad.id(), PlatformReply.open(ad.firstSeen())),
                "r" + (review == null ? 0 : review.revision()));
    }

    synchronized StoredAd saveTriage(AdDocument ad, AdTriage newTriage, String expectedVersion) {
        StoredAd current = stored(ad);
        if (!current.reviewVersion().equals(expectedVersion)) {
            throw new AdVersionConflictException(ad.id(), expectedVersion, current.reviewVersion());
        }
        long revision = Long.parseLong(current.reviewVersion().substring(1)) + 1;
        triage.put(ad.id(), new Review(newTriage, revision));
        return stored(ad);
    }

    StoredAd saveReply(AdDocument ad, PlatformReply reply) {
        replies.put(ad.id(), reply);
        return stored(ad);
    }

    Stream<StoredAd> matching(Stream<AdDocument> ads, AdQuery q) {
        return ads.map(this::stored).filter(filter(q)).sorted(order(q.sort()));
    }

    private static Predicate<StoredAd> filter(AdQuery q) {
        Predicate<StoredAd> p = s -> q.includeRemoved() || !s.ad().removed();
        p = p.and(s -> !q.flaggedOnly() || s.ad().classification().flagged());
        p = p.and(s -> q.platform().isEmpty() || q.platform().equals(s.ad().platform()));
        p = p.and(s -> q.sourceId().isEmpty() || q.sourceId().equals(s.ad().sourceId()));
        p = p.and(s -> s.ad().classification().risk() >= q.minRisk());
        p = p.and(s -> q.contact().isEmpty() || contacts(s.ad()).contains(q.contact()));
        p = p.and(s -> q.assignee().isEmpty() || q.assignee().equals(s.triage().assignee()));
        p = p.and(s -> q.triageStatuses().isEmpty() || q.triageStatuses().contains(s.triage().status()));
        p = p.and(s -> q.replyStates().isEmpty() || q.replyStates().contains(s.reply().state()));
        return p.and(s -> q.text().isEmpty() || containsAllWords(s.ad(), q.text()));
    }

    private static List<String> contacts(AdDocument ad) {
        var c = ad.classification().contacts();
        return Stream.of(c.phones(), c.emails(), c.messengers(), c.urls()).flatMap(List::stream).toList();
    }

    private static boolean containsAllWords(AdDocument ad, String text) {
        AdFields f = ad.fields();
        String haystack = String.join("\n", f.title(), f.text(), f.company(), f.location(), f.salary(), f.contact())
                .toLowerCase(Locale.ROOT);
        return Stream.of(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    private static Comparator<StoredAd> order(AdQuery.Sort sort) {
        Comparator<StoredAd> byId = Comparator.comparing(StoredAd::id);
        Comparator<StoredAd> byLastSeen = Comparator.comparing((StoredAd s) -> s.ad().lastSeen()).reversed();
        return switch (sort) {
            case RISK -> Comparator.comparing((StoredAd s) -> s.ad().classification().risk()).reversed()
                    .thenComparing(byLastSeen).thenComparing(byId);
            case NEWEST -> Comparator.comparing((StoredAd s) -> s.ad().firstSeen()).reversed().thenComparing(byId);
            case LAST_SEEN -> byLastSeen.thenComparing(byId);
        };
    }
}
