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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads of the ads index shared by the store's parts, and refreshes: searches that must see the store's own
 * recent writes (ads not seen since, near duplicates, history) refresh the index first when something was written
 * to it since the last refresh.
 */
final class AdIndex {

    /** A stored ad document with its sequence number and primary term, for guarded updates. */
    record Hit(String id, ObjectNode source, long seqNo, long primaryTerm) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final Retrier retrier;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();

    AdIndex(ElasticsearchClient client, IndexNames names, Retrier retrier) {
        this.client = client;
        this.names = names;
        this.retrier = retrier;
        dirty.addAll(List.of(names.ads(), names.versions()));
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
        return getAll(ids, List.of());
    }

    /** Like {@link #getAll(Collection)}, with only the {@code fields} of each source (all when empty). */
    List<Hit> getAll(Collection<String> ids, List<String> fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> list = List.copyOf(ids);
        MgetResponse<ObjectNode> response = retrier.call("reading " + list.size() + " ads",
                () -> client.mget(m -> {
                    m.index(names.ads()).ids(list);
                    return fields.isEmpty() ? m : m.sourceIncludes(fields);
                }, ObjectNode.class));
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

    /** Something was written to the ads index (alias). */
    void markDirty() {
        markDirty(names.ads());
    }

    void markDirty(String alias) {
        dirty.add(alias);
    }

    /** Makes recent writes to the ads index searchable, if there were any since the last refresh. */
    void refreshIfDirty() {
        refreshIfDirty(names.ads());
    }

    void refreshIfDirty(String alias) {
        if (dirty.remove(alias)) {
            try {
                refresh(alias);
            } catch (RuntimeException e) {
                dirty.add(alias);
                throw e;
            }
        }
    }

    void refresh() {
        refresh(names.ads());
    }

    private void refresh(String alias) {
        retrier.call("refreshing " + alias, () -> client.indices().refresh(r -> r.index(alias)));
    }
}
