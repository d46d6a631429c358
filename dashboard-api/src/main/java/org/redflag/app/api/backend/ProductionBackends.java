package org.redflag.app.api.backend;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.redflag.app.web.ServerBackends;
import org.redflag.crawler.schedule.CrawlScheduler;
import org.redflag.store.elasticsearch.ElasticsearchAdStore;
import org.redflag.store.elasticsearch.ElasticsearchConnection;

/** The server's backends wired to the real components, for {@code serve} and {@code demo}. */
public final class ProductionBackends {
    private ProductionBackends() {
    }

    /**
     * Ads, crawl history and review state from Elasticsearch, sources from the crawl scheduler, readiness from both.
     *
     * @param metrics the process-wide registry the crawler and classifier also count into
     */
    public static ServerBackends of(ElasticsearchAdStore store, ElasticsearchConnection connection,
                                    CrawlScheduler scheduler, PrometheusMeterRegistry metrics) {
        return new ServerBackends(new StoreAdSearch(store), store::recentCrawlRuns,
                new SchedulerSourceOperations(scheduler),
                List.of(ReadinessChecks.elasticsearch(connection.restClient()), ReadinessChecks.scheduler(scheduler)),
                metrics);
    }
}
