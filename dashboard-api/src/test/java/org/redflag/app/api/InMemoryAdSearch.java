package org.redflag.app.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.redflag.classifier.Contacts;
import org.redflag.store.AdDocument;

/** A fake {@link AdSearch} for tests: the whole filter applied in memory, versions counted per ad. */
public final class InMemoryAdSearch implements AdSearch {
    private final Map<String, TrackedAd> ads = new ConcurrentHashMap<>();

    public InMemoryAdSearch add(AdDocument... documents) {
        for (AdDocument ad : documents) {
            ads.put(ad.id(), new TrackedAd(ad, Triage.untouched(ad.firstSeen()),
                    PlatformResponse.open(ad.firstSeen()), "1:1"));
        }
        return this;
    }

    /** Sets the review state directly, as if an analyst had saved it. */
    public InMemoryAdSearch triage(String id, TriageStatus status) {
        TrackedAd current = ads.get(id);
        saveTriage(id, current.triage().withStatus(status, current.ad().firstSeen()), current.version());
        return this;
    }

    public TrackedAd expect(String id) {
        return findAd(id).orElseThrow();
    }

    @Override
    public AdPage search(AdFilter filter) {
        List<TrackedAd> matching = ads.values().stream().filter(matches(filter)).sorted(order(filter.sort())).toList();
        List<TrackedAd> page = matching.stream().skip(filter.offset()).limit(filter.limit()).toList();
        return new AdPage(matching.size(), page);
    }

    private static Predicate<TrackedAd> matches(AdFilter f) {
        return tracked -> {
            AdDocument ad = tracked.ad();
            return (!f.flaggedOnly() || ad.classification().flagged())
                    && (f.platform().isEmpty() || ad.platform().equals(f.platform()))
                    && (f.sourceId().isEmpty() || ad.sourceId().equals(f.sourceId()))
                    && ad.classification().risk() >= f.minRisk()
                    && (f.text().isEmpty() || contains(ad, f.text()))
                    && (f.contact().isEmpty() || hasContact(ad.classification().contacts(), f.contact()))
                    && (f.statuses().isEmpty() || f.statuses().contains(tracked.triage().status()))
                    && (f.reportStates().isEmpty() || f.reportStates().contains(tracked.platformResponse().state()))
                    && (f.assignee().isEmpty() || tracked.triage().assignee().equals(f.assignee()))
                    && (f.includeRemoved() || !ad.removed());
        };
    }

    private static boolean contains(AdDocument ad, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return (ad.fields().title() + " " + ad.fields().text()).toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean hasContact(Contacts contacts, String contact) {
        return contacts.phones().contains(contact) || contacts.emails().contains(contact)
                || contacts.messengers().contains(contact) || contacts.urls().contains(contact);
    }

    private static Comparator<TrackedAd> order(AdSort sort) {
        Comparator<TrackedAd> newest = Comparator.comparing((TrackedAd t) -> t.ad().firstSeen()).reversed();
        return sort == AdSort.RISK
                ? Comparator.comparingDouble((TrackedAd t) -> t.ad().classification().risk()).reversed()
                        .thenComparing(newest)
                : newest;
    }

    @Override
    public Optional<TrackedAd> findAd(String id) {
        return Optional.ofNullable(ads.get(id));
    }

    @Override
    public synchronized TrackedAd saveTriage(String id, Triage triage, String expectedVersion) {
        TrackedAd current = Optional.ofNullable(ads.get(id)).orElseThrow(() -> new NoSuchAdException(id));
        if (!current.version().equals(expectedVersion)) {
            throw new VersionConflictException(id, expectedVersion, null);
        }
        TrackedAd saved = new TrackedAd(current.ad(), triage, current.platformResponse(), next(current.version()));
        ads.put(id, saved);
        return saved;
    }

    @Override
    public synchronized TrackedAd savePlatformResponse(String id, PlatformResponse response) {
        TrackedAd current = Optional.ofNullable(ads.get(id)).orElseThrow(() -> new NoSuchAdException(id));
        TrackedAd saved = new TrackedAd(current.ad(), current.triage(), response, next(current.version()));
        ads.put(id, saved);
        return saved;
    }

    private static String next(String version) {
        return (Long.parseLong(version.substring(0, version.indexOf(':'))) + 1) + ":1";
    }
}
