package org.redflag.app.api.backend;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redflag.app.api.AdFilter;
import org.redflag.app.api.AdPage;
import org.redflag.app.api.AdSearch;
import org.redflag.app.api.AdSort;
import org.redflag.app.api.NoSuchAdException;
import org.redflag.app.api.PlatformResponse;
import org.redflag.app.api.ReportState;
import org.redflag.app.api.TrackedAd;
import org.redflag.app.api.Triage;
import org.redflag.app.api.TriageNote;
import org.redflag.app.api.TriageStatus;
import org.redflag.app.api.VersionConflictException;
import org.redflag.store.AdHits;
import org.redflag.store.AdNote;
import org.redflag.store.AdNotFoundException;
import org.redflag.store.AdQuery;
import org.redflag.store.AdSearchStore;
import org.redflag.store.AdTriage;
import org.redflag.store.AdVersionConflictException;
import org.redflag.store.PlatformReply;
import org.redflag.store.StoredAd;

/**
 * The API's {@link AdSearch} over the store's {@link AdSearchStore} ({@code ElasticsearchAdStore} in production):
 * translates filters into store queries and review records both ways. The platform filter goes into the store query
 * itself, so a platform key's answers come only from its own ads.
 */
public final class StoreAdSearch implements AdSearch {
    private final AdSearchStore store;

    public StoreAdSearch(AdSearchStore store) {
        this.store = store;
    }

    @Override
    public AdPage search(AdFilter filter) {
        AdHits hits = store.search(query(filter));
        return new AdPage(hits.total(), hits.ads().stream().map(StoreAdSearch::tracked).toList());
    }

    static AdQuery query(AdFilter f) {
        return new AdQuery(f.flaggedOnly(), f.platform(), f.sourceId(), f.minRisk(), f.text(), f.contact(),
                ids(f.statuses(), TriageStatus::id), ids(f.reportStates(), ReportState::id), f.assignee(),
                f.includeRemoved(), f.offset(), f.limit(),
                f.sort() == AdSort.RISK ? AdQuery.Sort.RISK : AdQuery.Sort.NEWEST);
    }

    private static <E> Set<String> ids(Set<E> values, java.util.function.Function<E, String> id) {
        return values.stream().map(id).collect(Collectors.toSet());
    }

    @Override
    public Optional<TrackedAd> findAd(String id) {
        return store.findStoredAd(id).map(StoreAdSearch::tracked);
    }

    @Override
    public TrackedAd saveTriage(String id, Triage triage, String expectedVersion) {
        try {
            return tracked(store.saveTriage(id, adTriage(triage), expectedVersion));
        } catch (AdVersionConflictException e) {
            throw new VersionConflictException(id, expectedVersion, e);
        } catch (AdNotFoundException e) {
            throw new NoSuchAdException(id);
        }
    }

    @Override
    public TrackedAd savePlatformResponse(String id, PlatformResponse response) {
        try {
            return tracked(store.savePlatformReply(id, new PlatformReply(response.state().id(), response.action(),
                    response.note(), response.respondent(), response.updatedAt())));
        } catch (AdNotFoundException e) {
            throw new NoSuchAdException(id);
        }
    }

    private static TrackedAd tracked(StoredAd stored) {
        return new TrackedAd(stored.ad(), triage(stored.triage()), response(stored.reply()), stored.reviewVersion());
    }

    private static Triage triage(AdTriage t) {
        TriageStatus status = TriageStatus.find(t.status()).orElse(TriageStatus.NEW);
        return new Triage(status, t.assignee(),
                t.notes().stream().map(n -> new TriageNote(n.at(), n.author(), n.text())).toList(), t.updatedAt());
    }

    private static AdTriage adTriage(Triage t) {
        return new AdTriage(t.status().id(), t.assignee(),
                t.notes().stream().map(n -> new AdNote(n.at(), n.author(), n.text())).toList(), t.updatedAt());
    }

    private static PlatformResponse response(PlatformReply r) {
        ReportState state = ReportState.find(r.state()).orElse(ReportState.OPEN);
        return new PlatformResponse(state, r.action(), r.note(), r.respondent(), r.updatedAt());
    }
}
