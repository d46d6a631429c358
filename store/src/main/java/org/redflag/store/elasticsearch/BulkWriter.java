package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends bulk requests: whole-request failures are retried by the {@link Retrier}; items refused with 429 or 5xx are
 * sent again with backoff; version conflicts (409) and other refusals are returned to the caller. When retries run
 * out it throws {@link org.redflag.store.StoreUnavailableException}: every operation is idempotent, so the caller
 * may send them all again.
 */
final class BulkWriter {
    /** Operations per request. */
    static final int CHUNK = 500;

    /** What the store refused: conflicting ids (409) and ids refused for good, with the reason. */
    record Outcome(Set<String> conflicts, Map<String, String> rejected) {
    }

    private final ElasticsearchClient client;
    private final Retrier retrier;

    BulkWriter(ElasticsearchClient client, Retrier retrier) {
        this.client = client;
        this.retrier = retrier;
    }

    Outcome write(String what, List<BulkOperation> operations) {
        Set<String> conflicts = new LinkedHashSet<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (int from = 0; from < operations.size(); from += CHUNK) {
            writeChunk(what, operations.subList(from, Math.min(operations.size(), from + CHUNK)), conflicts, rejected);
        }
        return new Outcome(conflicts, rejected);
    }

    private void writeChunk(String what, List<BulkOperation> chunk, Set<String> conflicts,
            Map<String, String> rejected) {
        List<BulkOperation> pending = chunk;
        for (int attempt = 1; ; attempt++) {
            List<BulkOperation> batch = pending;
            BulkResponse response = retrier.call(what, () -> client.bulk(b -> b.operations(batch)));
            List<BulkOperation> again = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    continue;
                }
                if (Retrier.isTransient(item.status())) {
                    again.add(batch.get(i));
                } else if (item.status() == 409) {
                    conflicts.add(item.id());
                } else {
                    rejected.put(item.id(), item.error().type() + ": " + item.error().reason());
                }
            }
            if (again.isEmpty()) {
                return;
            }
            if (attempt >= retrier.config().maxAttempts()) {
                throw retrier.unavailable(what + " (" + again.size() + " documents refused with 429 or 5xx)", attempt,
                        new IllegalStateException("Bulk items still refused: " + again.size()));
            }
            retrier.pause(attempt);
            pending = again;
        }
    }
}
