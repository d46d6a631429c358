package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads of the ads index shared by the store's parts, and its refresh: searches that must see the store's own
 * recent writes (ads not seen since, near duplicates) refresh the index first when something was written since the
 * last refresh.
 */
final class AdIndex {

    /** A stored ad document with its sequence number and primary term, for guarded updates. */
    record Hit(String id, ObjectNode source, long seqNo, long primaryTerm) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Retrier retrier;
    private final AtomicBoolean dirty = new AtomicBoolean(true);

    AdIndex(ElasticsearchClient client, IndexNames names, Retrier retrier) {
        this.client = client;
        this.names = names;
        this.retrier = retrier;
    }

    ElasticsearchClient client() {
        return client;
    }

    IndexNames names() {
        return names;
    }

    Retrier retrier() {
        return retrier;
    }

    Optional<Hit> get(String id) {
        GetResponse<ObjectNode> response = retrier.call("reading ad " + id,
                () -> client.get(g -> g.index(names.ads()).id(id), ObjectNode.class));
        return response.found() && response.source() != null
                ? Optional.of(new Hit(id, response.source(), response.seqNo(), response.primaryTerm()))
                : Optional.empty();
    }

    /** The stored documents among {@code ids}, in the order of {@code ids}. */
    List<Hit> getAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> list = List.copyOf(ids);
        MgetResponse<ObjectNode> response = retrier.call("reading " + list.size() + " ads",
                () -> client.mget(m -> m.index(names.ads()).ids(list), ObjectNode.class));
        List<Hit> hits = new ArrayList<>();
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isResult()) {
                GetResult<ObjectNode> result = item.result();
                if (result.found() && result.source() != null) {
                    hits.add(new Hit(result.id(), result.source(), result.seqNo(), result.primaryTerm()));
                }
            }
        }
        return hits;
    }

    void markDirty() {
        dirty.set(true);
    }

    /** Makes recent writes searchable, if there were any since the last refresh. */
    void refreshIfDirty() {
        if (dirty.getAndSet(false)) {
            try {
                refresh();
            } catch (RuntimeException e) {
                dirty.set(true);
                throw e;
            }
        }
    }

    void refresh() {
        retrier.call("refreshing " + names.ads(), () -> client.indices().refresh(r -> r.index(names.ads())));
    }
}
