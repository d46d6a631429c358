package org.redflag.app.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redflag.app.auth.ApiKeyRegistry;
import org.redflag.app.auth.Principal;
import org.redflag.app.runtime.RedflagApplication;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;
import org.redflag.store.config.RedflagConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, in process: the sample sites, the demo sources pointing the real crawler at them, the whole application
 * (Elasticsearch, store, classifier, Quartz scheduler, API and dashboard), demo API keys, and a crawl of every source
 * fired at once through the scheduler. {@code redflag demo} and the end-to-end test both run this.
 *
 * <pre>{@code
 * try (DemoRun demo = DemoRun.start(config, Path.of("config/demo/sources"))) {
 *     System.out.println(demo.application().dashboardUri());
 *     DemoSummary summary = demo.awaitFirstCrawls(Duration.ofMinutes(15));
 * }
 * }</pre>
 */
public final class DemoRun implements AutoCloseable {
    /** The trigger recorded in the demo's first crawl runs. */
    public static final String TRIGGER = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);

    private final SampleSites sites;
    private final RedflagApplication application;
    private final DemoKeys keys;
    private final List<String> sourceIds;
    private final Map<String, CrawlRun> firstRuns;
    private final CountDownLatch firstRunsDone;

    private DemoRun(SampleSites sites, RedflagApplication application, DemoKeys keys, List<String> sourceIds,
            Map<String, CrawlRun> firstRuns, CountDownLatch firstRunsDone) {
        this.sites = sites;
        this.application = application;
        this.keys = keys;
        this.sourceIds = sourceIds;
        this.firstRuns = firstRuns;
        this.firstRunsDone = firstRunsDone;
    }

    /**
     * Starts everything and fires the first crawl of every demo source; returns once the server is up (the crawls
     * go on in the background).
     *
     * @param templateDir the demo source templates, normally {@code config/demo/sources}
     */
    public static DemoRun start(RedflagConfig config, Path templateDir) {
        DemoPorts ports = new DemoPorts(config.dataDir().resolve("demo-sources").resolve("ports.properties"));
        SampleSites sites = SampleSites.start(ports.load());
        try {
            ports.save(sites.ports());
            List<SourceConfig> sources = new DemoSources(templateDir, config.dataDir().resolve("demo-sources"))
                    .forSites(sites.sites());
            ApiKeyRegistry registry = new ApiKeyRegistry();
            DemoKeys keys = generateKeys(registry, sites.sites());
            Map<String, CrawlRun> firstRuns = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(sources.size());
            RedflagApplication application = RedflagApplication.start(config, sources, registry, List.of(run -> {
                if (firstRuns.putIfAbsent(run.sourceId(), run) == null) {
                    done.countDown();
                }
            }));
            List<String> ids = sources.stream().map(SourceConfig::id).toList();
            DemoRun demo = new DemoRun(sites, application, keys, ids, firstRuns, done);
            ids.forEach(id -> application.scheduler().runNow(id, TRIGGER));
            LOG.info("Demo crawls fired for {}", ids);
            return demo;
        } catch (RuntimeException | Error e) {
            sites.close();
            throw e;
        }
    }

    private static DemoKeys generateKeys(ApiKeyRegistry registry, List<SampleSite> sites) {
        Map<String, String> platformKeys = new LinkedHashMap<>();
        for (SampleSite site : sites) {
            platformKeys.put(site.id(), registry.generate(Principal.platform("demo-" + site.id(), site.id())));
        }
        return new DemoKeys(registry.generate(Principal.analyst("demo-analyst")),
                registry.generate(Principal.operator("demo-operator")), platformKeys);
    }

    public RedflagApplication application() {
        return application;
    }

    public DemoKeys keys() {
        return keys;
    }

    public SampleSites sites() {
        return sites;
    }

    /**
     * Waits for the first crawl of every demo source to end, then reads back from the store what it holds.
     *
     * @throws TimeoutException when they have not all ended in time
     */
    public DemoSummary awaitFirstCrawls(Duration timeout) throws InterruptedException, TimeoutException {
        if (!firstRunsDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("The first demo crawls did not end within " + timeout + "; still running: "
                    + sourceIds.stream().filter(id -> !firstRuns.containsKey(id)).toList());
        }
        return summarize();
    }

    private DemoSummary summarize() {
        List<CrawlRun> runs = new ArrayList<>();
        sourceIds.forEach(id -> runs.add(firstRuns.get(id)));
        long crawled = runs.stream().mapToLong(run -> run.adsNew() + run.adsUpdated() + run.adsUnchanged()).sum();
        Map<String, Agreement> agreement = new AgreementMeter(application.store()).measure(sites.sites());
        Agreement total = agreement.values().stream().reduce(Agreement.NONE, Agreement::plus);
        long disallowed = sites.sites().stream().mapToLong(site -> sites.traffic(site.id()).disallowed()).sum();
        return new DemoSummary(runs, crawled, total.redflagAds() + total.ordinaryAds(),
                total.redflagFlagged() + total.ordinaryFlagged(), agreement, disallowed,
                application.elasticsearchUrl());
    }

    /** Stops the application gracefully, then the sample sites. */
    @Override
    public void close() {
        try {
            application.close();
        } finally {
            sites.close();
        }
    }
}
