package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.util.Optional;
import org.redflag.store.config.ElasticsearchConfig;
import org.redflag.store.config.RedflagConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch as the application uses it, in one call: the embedded node started when no
 * {@code elasticsearch.url} is configured, the connection, and the store with its indices installed.
 *
 * <pre>{@code
 * try (ElasticsearchService es = ElasticsearchService.start(config)) {
 *     ElasticsearchAdStore store = es.store();   // AdStore for the crawler, AdSearchStore for the API
 *     boolean ready = es.isHealthy();             // for GET /health/ready
 * }                                               // closes the connection, stops the embedded node
 * }</pre>
 */
public final class ElasticsearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchService.class);

    private final EmbeddedElasticsearch embedded;
    private final ElasticsearchConnection connection;
    private final ElasticsearchAdStore store;

    private ElasticsearchService(EmbeddedElasticsearch embedded, ElasticsearchConnection connection,
            ElasticsearchAdStore store) {
        this.embedded = embedded;
        this.connection = connection;
        this.store = store;
    }

    /**
     * Starts the embedded node if no URL is configured, connects, and installs the indices.
     *
     * @throws EmbeddedElasticsearchException          when the embedded node cannot start
     * @throws org.redflag.store.StoreUnavailableException when the cluster cannot be reached
     */
    public static ElasticsearchService start(RedflagConfig config) {
        ElasticsearchConfig es = config.elasticsearch();
        EmbeddedElasticsearch embedded = es.usesEmbeddedNode() ? EmbeddedElasticsearch.create(config) : null;
        ElasticsearchConnection connection = null;
        try {
            if (embedded != null) {
                es = es.withUrl(embedded.start().url());
            }
            connection = ElasticsearchConnection.open(es);
            IndexTemplates templates = IndexTemplates.fromDirectoryOrClasspath(config.paths().elasticsearchDir());
            return new ElasticsearchService(embedded, connection, ElasticsearchAdStore.open(connection, templates));
        } catch (RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            if (embedded != null) {
                embedded.stop();
            }
            throw e;
        }
    }

    public ElasticsearchAdStore store() {
        return store;
    }

    public ElasticsearchConnection connection() {
        return connection;
    }

    /** The embedded node, when Redflag started one. */
    public Optional<EmbeddedElasticsearch> findEmbeddedNode() {
        return Optional.ofNullable(embedded);
    }

    /** Whether the cluster answers with a yellow or green health now. */
    public boolean isHealthy() {
        try {
            HealthStatus status = connection.client().cluster().health(h -> h.timeout(t -> t.time("2s"))).status();
            return status == HealthStatus.Green || status == HealthStatus.Yellow;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("Elasticsearch health check failed", e);
            return false;
        }
    }

    @Override
    public void close() {
        connection.close();
        if (embedded != null) {
            embedded.stop();
        }
    }
}
