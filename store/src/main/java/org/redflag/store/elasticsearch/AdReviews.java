package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.redflag.store.AdDocument;
import org.redflag.store.AdHits;
import org.redflag.store.AdNotFoundException;
import org.redflag.store.AdQuery;
import org.redflag.store.AdTriage;
import org.redflag.store.AdVersionConflictException;
import org.redflag.store.PlatformReply;
import org.redflag.store.StoreUnavailableException;
import org.redflag.store.StoredAd;

/**
 * Searching ads and writing their review state. A triage write carries the review version it was based on (the
 * {@code triage.revision} counter); it is written with {@code if_seq_no}/{@code if_primary_term} of the document it
 * checked, and when a crawler write slipped in between, it is checked and written again.
 */
final class AdReviews {
    private static final int CONFLICT_ROUNDS = 5;

    private final AdIndex index;

    AdReviews(AdIndex index) {
        this.index = index;
    }

    AdHits search(AdQuery query) {
        index.refreshIfDirty();
        Query q = AdQueryTranslator.query(query);
        SearchResponse<ObjectNode> response = index.retrier().call("searching ads", () -> index.client().search(s -> s
                .index(index.names().ads()).query(q).from(query.offset()).size(query.limit())
                .sort(AdQueryTranslator.sort(query.sort())).trackTotalHits(t -> t.enabled(true))
                .seqNoPrimaryTerm(true), ObjectNode.class));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        return new AdHits(total, response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull)
                .map(AdReviews::stored).toList());
    }

    long count(AdQuery query) {
        index.refreshIfDirty();
        Query q = AdQueryTranslator.query(query);
        return index.retrier().call("counting ads",
                () -> index.client().count(c -> c.index(index.names().ads()).query(q))).count();
    }

    Optional<StoredAd> find(String id) {
        return index.get(id).map(hit -> stored(hit.source()));
    }

    StoredAd saveTriage(String id, AdTriage triage, String expectedVersion) {
        for (int round = 1; round <= CONFLICT_ROUNDS; round++) {
            AdIndex.Hit hit = index.get(id).orElseThrow(() -> new AdNotFoundException(id));
            long revision = ReviewJson.revision(hit.source());
            String current = ReviewJson.version(revision);
            if (!current.equals(expectedVersion)) {
                throw new AdVersionConflictException(id, expectedVersion, current);
            }
            ObjectNode section = ReviewJson.triage(triage, revision + 1);
            if (guardedUpdate(hit, "triage", section)) {
                hit.source().set("triage", section);
                return stored(hit.source());
            }
        }
        throw new StoreUnavailableException("Ad " + id + " kept changing while its triage was written; retry", null);
    }

    StoredAd saveReply(String id, PlatformReply reply) {
        ObjectNode section = ReviewJson.reply(reply);
        for (int round = 1; round <= CONFLICT_ROUNDS; round++) {
            AdIndex.Hit hit = index.get(id).orElseThrow(() -> new AdNotFoundException(id));
            if (guardedUpdate(hit, "platform_reply", section)) {
                hit.source().set("platform_reply", section);
                return stored(hit.source());
            }
        }
        throw new StoreUnavailableException("Ad " + id + " kept changing while its platform reply was written; retry",
                null);
    }

    /** Writes one section of the document if it is still at the read sequence number; false on a conflict. */
    private boolean guardedUpdate(AdIndex.Hit hit, String field, ObjectNode section) {
        ObjectNode doc = AdJson.NODES.objectNode();
        doc.set(field, section);
        try {
            index.retrier().call("writing the " + field + " of ad " + hit.id(), () -> index.client().update(u -> u
                    .index(index.names().ads()).id(hit.id()).ifSeqNo(hit.seqNo()).ifPrimaryTerm(hit.primaryTerm())
                    .doc(doc).refresh(Refresh.True), ObjectNode.class));
            index.markDirty();
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        }
    }

    static StoredAd stored(ObjectNode source) {
        AdDocument ad = AdJson.fromJson(source);
        return new StoredAd(ad, ReviewJson.triage(source, ad.firstSeen()), ReviewJson.reply(source, ad.firstSeen()),
                ReviewJson.version(ReviewJson.revision(source)));
    }
}
