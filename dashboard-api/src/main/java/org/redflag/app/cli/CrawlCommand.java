package org.redflag.app.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.CrawlSettings;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.crawler.fetch.AddressGuard;
import org.redflag.crawler.fetch.FetchResult;
import org.redflag.crawler.index.JsonLinesAdStore;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.source.SourceLoader;
import org.redflag.store.AdStore;
import org.redflag.store.CrawlRun;
import org.redflag.store.config.RedflagConfig;
import org.redflag.store.elasticsearch.ElasticsearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag crawl}: crawls once, into Elasticsearch or (with {@code --out}) into a JSON Lines file. */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
            "Crawls once and exits. With --out FILE, writes one JSON line per ad page (url, canonical_url, title, "
                    + "text, other fields, risk, flagged, indicators) and needs no Elasticsearch; without it, indexes "
                    + "into Elasticsearch (the embedded node unless elasticsearch.url is set).",
            "With no --source, follows same-host links from the seeds with generic extraction. robots.txt is always "
                    + "obeyed. Seeds on loopback or private addresses are allowed because you named them.",
            "A progress line goes to stderr every few seconds."
        })
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--seed", paramLabel = "URL", description = "Start URL (repeatable). With --source, "
            + "replaces the source's seeds.")
    List<String> seeds = new ArrayList<>();

    @Option(names = "--source", paramLabel = "FILE", description = "A source file (see config/sources/_example.yml).")
    Path sourceFile;

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages to fetch at most (default: the source's "
            + "limits.max_pages, 10000).")
    Integer maxPages;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "Politeness delay per host in milliseconds "
            + "(default: the source's, 1000). A longer robots.txt Crawl-delay still wins.")
    Long delayMs;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight per host (default: the "
            + "source's, 1; 8 when --delay-ms is 0).")
    Integer concurrency;

    @Option(names = "--out", paramLabel = "FILE", description = "Write ads as JSON Lines here instead of indexing.")
    Path out;

    @Option(names = "--allow-private-addresses", description = "Also follow links to hosts on private, loopback "
            + "or link-local addresses.")
    boolean allowPrivate;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config/redflag.yml",
            description = "The configuration file (default: ${DEFAULT-VALUE}); for the classifier and Elasticsearch.")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SourceConfig source = source();
        RedflagConfig config = Files.exists(configFile) ? RedflagConfig.load(configFile, System.getenv())
                : RedflagConfig.defaults();
        AdClassifier classifier = classifier(config);
        PrintStream err = System.err;
        if (out != null) {
            try (JsonLinesAdStore store = new JsonLinesAdStore(out)) {
                CrawlRun run = crawl(source, classifier, store, err);
                err.println(summary(run, "written to " + out));
                return exitCode(run);
            }
        }
        try (ElasticsearchService elasticsearch = ElasticsearchService.start(config)) {
            CrawlRun run = crawl(source, classifier, elasticsearch.store(), err);
            err.println(summary(run, "indexed into " + elasticsearch.connection().config().url()));
            return exitCode(run);
        }
    }

    private SourceConfig source() {
        if (sourceFile == null && seeds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give at least one --seed URL or a --source "
                    + "FILE");
        }
        SourceConfig source = sourceFile == null ? SourceConfig.forSeeds(seeds) : SourceLoader.loadFile(sourceFile);
        if (sourceFile != null && !seeds.isEmpty()) {
            Set<String> hosts = new LinkedHashSet<>(source.allowedHosts());
            hosts.addAll(SourceConfig.forSeeds(seeds).allowedHosts());
            source = new SourceConfig(source.id(), source.name(), source.platform(), seeds, hosts, source.urls(),
                    source.pagination(), source.selectors(), source.schedule(), source.politeness(),
                    source.limits(), source.userAgent(), source.followSitemaps(), source.allowPrivateAddresses());
        }
        if (delayMs != null) {
            source = source.withDelay(Duration.ofMillis(delayMs));
            if (delayMs == 0 && concurrency == null) {
                source = source.withConcurrency(8);
            }
        }
        if (concurrency != null) {
            source = source.withConcurrency(concurrency);
        }
        if (maxPages != null) {
            source = source.withMaxPages(maxPages);
        }
        if (allowPrivate || (!source.allowPrivateAddresses() && seedsArePrivate(source.seeds()))) {
            source = source.withAllowPrivateAddresses(true);
        }
        return source;
    }

    /** Seeds the operator typed on private or loopback hosts are allowed: they were named on purpose. */
    private static boolean seedsArePrivate(List<String> seeds) {
        for (String seed : seeds) {
            try {
                String host = URI.create(seed.trim()).getHost();
                if (host != null && AddressGuard.isPrivate(InetAddress.getByName(host))) {
                    return true;
                }
            } catch (IllegalArgumentException | UnknownHostException e) {
                // reported by the crawl itself
            }
        }
        return false;
    }

    private static AdClassifier classifier(RedflagConfig config) {
        Path indicators = config.paths().indicatorsDir().toAbsolutePath().normalize();
        return Files.isDirectory(indicators) ? RedflagClassifier.load(indicators.getParent())
                : RedflagClassifier.loadDefault();
    }

    private static CrawlRun crawl(SourceConfig source, AdClassifier classifier, AdStore store, PrintStream err) {
        Progress progress = new Progress();
        CrawlService crawler = new CrawlService(classifier, store, CrawlSettings.defaults());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-progress");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> err.println(progress.line(crawler, source.id(), start)), 2, 2,
                TimeUnit.SECONDS);
        try {
            return crawler.crawl(source, "cli", progress);
        } finally {
            ticker.shutdownNow();
        }
    }

    private static String summary(CrawlRun run, String where) {
        double seconds = Math.max(0.001, Duration.between(run.started(), run.ended()).toMillis() / 1000.0);
        return String.format(Locale.ROOT, "Crawl %s: %d pages in %.1f s (%.0f pages/s), %d ads %s, %d flagged%s%s",
                run.status(), run.pagesFetched(), seconds, run.pagesFetched() / seconds,
                run.adsNew() + run.adsUpdated() + run.adsUnchanged(), where, run.adsFlagged(),
                run.errors().isEmpty() ? "" : "; errors " + run.errors(),
                run.message().isEmpty() ? "" : "; " + run.message());
    }

    private static int exitCode(CrawlRun run) {
        return run.status().equals("failed") ? 1 : 0;
    }

    /** Counts for the progress line. */
    private static final class Progress implements CrawlListener {
        private final LongAdder pages = new LongAdder();
        private final LongAdder ads = new LongAdder();
        private final LongAdder flagged = new LongAdder();

        @Override
        public void pageFetched(FetchResult result) {
            pages.increment();
        }

        @Override
        public void adSaved(AdUpdate update) {
            ads.increment();
            if (update.flags()) {
                flagged.increment();
            }
        }

        String line(CrawlService crawler, String sourceId, long start) {
            double seconds = (System.nanoTime() - start) / 1e9;
            int queued = crawler.findProgress(sourceId).map(p -> p.queued()).orElse(0);
            Map<String, Long> errors = crawler.findProgress(sourceId).map(p -> p.errors()).orElse(Map.of());
            return String.format(Locale.ROOT, "crawl: %d pages (%.0f/s), %d ads, %d flagged, %d queued%s",
                    pages.sum(), pages.sum() / Math.max(0.001, seconds), ads.sum(), flagged.sum(), queued,
                    errors.isEmpty() ? "" : ", errors " + errors);
        }
    }
}
