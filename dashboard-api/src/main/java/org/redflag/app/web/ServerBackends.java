package org.redflag.app.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Objects;
import org.redflag.app.api.AdSearch;
import org.redflag.app.api.CrawlRunLog;
import org.redflag.app.api.SourceOperations;

/**
 * What the server reads and drives: the ports of the API, the readiness checks and the shared metrics registry.
 *
 * @param ads       stored ads with their review state (Elasticsearch in production)
 * @param runs      crawl history, e.g. {@code adStore::recentCrawlRuns}
 * @param sources   the crawl scheduler
 * @param readiness checks behind {@code GET /health/ready}, e.g. Elasticsearch and the scheduler; all must be up
 * @param metrics   the process-wide registry; {@code GET /metrics} scrapes it, so counters others register in it
 *                  appear there, and the server adds its HTTP request timers to it
 */
public record ServerBackends(AdSearch ads, CrawlRunLog runs, SourceOperations sources,
                             List<ReadinessCheck> readiness, PrometheusMeterRegistry metrics) {
    public ServerBackends {
        Objects.requireNonNull(ads, "ServerBackends.ads");
        Objects.requireNonNull(runs, "ServerBackends.runs");
        Objects.requireNonNull(sources, "ServerBackends.sources");
        readiness = List.copyOf(readiness);
        Objects.requireNonNull(metrics, "ServerBackends.metrics");
    }
}
