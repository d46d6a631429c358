package org.redflag.app.runtime;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.redflag.app.api.backend.ProductionBackends;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.app.web.RedflagServer;
import org.redflag.classifier.AdClassifier;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.CrawlSettings;
import org.redflag.crawler.schedule.CrawlScheduler;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;
import org.redflag.store.config.RedflagConfig;
import org.redflag.store.elasticsearch.ElasticsearchAdStore;
import org.redflag.store.elasticsearch.ElasticsearchService;
import org.redflag.store.elasticsearch.EmbeddedElasticsearch;
import org.redflag.store.elasticsearch.StartReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Redflag, built from its configuration: Elasticsearch (the embedded node unless {@code elasticsearch.url}
 * is set), the index templates and the ad store, the classifier, the crawler with its Quartz scheduler, the shared
 * Prometheus registry, and the HTTP server with the API and the dashboard.
 *
 * <p>{@link #close()} stops them in reverse order, gracefully: the server stops accepting requests and finishes
 * those in flight, the scheduler stops firing and running crawls finish the pages in flight, write them and record
 * themselves as interrupted, then the store's connection closes and the embedded node stops. The commands call it
 * from a JVM shutdown hook, so SIGTERM and Ctrl-C stop Redflag this way. Thread-safe; {@code close} runs once.
 */
public final class RedflagApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedflagApplication.class);

    private final ShutdownSequence shutdown;
    private final ElasticsearchService elasticsearch;
    private final CrawlScheduler scheduler;
    private final URI dashboardUri;
    private final PrometheusMeterRegistry metrics;

    private RedflagApplication(ShutdownSequence shutdown, ElasticsearchService elasticsearch,
            CrawlScheduler scheduler, URI dashboardUri, PrometheusMeterRegistry metrics) {
        this.shutdown = shutdown;
        this.elasticsearch = elasticsearch;
        this.scheduler = scheduler;
        this.dashboardUri = dashboardUri;
        this.metrics = metrics;
    }

    /**
     * Builds and starts everything; returns when the server answers. On failure, whatever had started is stopped
     * again and the exception says what failed.
     *
     * @param sources      the sources to schedule
     * @param keys         the API keys the server accepts
     * @param runListeners told about every finished crawl run, e.g. to wait for the first ones
     */
    public static RedflagApplication start(RedflagConfig config, List<SourceConfig> sources, ApiKeyRegistry keys,
            List<Consumer<CrawlRun>> runListeners) {
        long started = System.nanoTime();
        ShutdownSequence shutdown = new ShutdownSequence();
        try {
            PrometheusMeterRegistry metrics = newMetricsRegistry();
            // The classifier loads its models while Elasticsearch starts: both take seconds.
            CompletableFuture<AdClassifier> loading =
                    CompletableFuture.supplyAsync(() -> Classifiers.load(config.paths()));
            ElasticsearchService elasticsearch = ElasticsearchService.start(config);
            shutdown.add("Elasticsearch", elasticsearch::close);
            AdClassifier classifier = Classifiers.await(loading);
            CrawlService crawler = new CrawlService(classifier, elasticsearch.store(),
                    CrawlSettings.defaults().withStateDir(config.dataDir().resolve("crawler")));
            shutdown.add("crawler", crawler::close);
            CrawlScheduler scheduler = new CrawlScheduler(crawler, sources, config.dataDir().resolve("schedules.json"));
            scheduler.addRunListener(new CrawlMetrics(metrics));
            runListeners.forEach(scheduler::addRunListener);
            scheduler.start();
            shutdown.add("crawl scheduler", scheduler::close);
            RedflagServer server = new RedflagServer(config.server(), keys, ProductionBackends.of(
                    elasticsearch.store(), elasticsearch.connection(), scheduler, metrics));
            int port = server.start();
            shutdown.add("API server", server::stop);
            URI uri = URI.create("http://" + config.server().host() + ":" + port + "/");
            LOG.atInfo().addKeyValue("ms", Duration.ofNanos(System.nanoTime() - started).toMillis())
                    .addKeyValue("sources", sources.size()).addKeyValue("dashboard", uri)
                    .log("Redflag is ready");
            return new RedflagApplication(shutdown, elasticsearch, scheduler, uri, metrics);
        } catch (RuntimeException | Error e) {
            LOG.error("Redflag could not start: {}", e.getMessage());
            shutdown.run();
            throw e;
        }
    }

    private static PrometheusMeterRegistry newMetricsRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", "redflag");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI dashboardUri() {
        return dashboardUri;
    }

    /** Where Elasticsearch is: the configured URL(s), or the embedded node's. */
    public String elasticsearchUrl() {
        return elasticsearch.connection().config().url();
    }

    /** How the embedded Elasticsearch started (cold or warm, how long); empty for a configured cluster. */
    public Optional<StartReport> findElasticsearchStart() {
        return elasticsearch.findEmbeddedNode().flatMap(EmbeddedElasticsearch::findLastStart);
    }

    /** Resident memory of the embedded Elasticsearch's processes; empty for a configured cluster. */
    public OptionalLong elasticsearchResidentBytes() {
        return elasticsearch.findEmbeddedNode().map(EmbeddedElasticsearch::residentMemoryBytes)
                .orElse(OptionalLong.empty());
    }

    /** The store the crawler writes and the API reads. */
    public ElasticsearchAdStore store() {
        return elasticsearch.store();
    }

    public CrawlScheduler scheduler() {
        return scheduler;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** Stops everything gracefully, in reverse order of start. Runs once; later calls do nothing. */
    @Override
    public void close() {
        LOG.info("Redflag is stopping");
        shutdown.run();
        metrics.close();
        LOG.info("Redflag stopped");
    }
}
