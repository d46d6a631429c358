package org.redflag.crawler;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.classifier.AdClassifier;
import org.redflag.crawler.fetch.Fetcher;
import org.redflag.crawler.fetch.HttpFetcher;
import org.redflag.crawler.fetch.ValidatorCache;
import org.redflag.crawler.index.StoreRetry;
import org.redflag.crawler.robots.RobotsCache;
import org.redflag.crawler.run.CrawlRunner;
import org.redflag.crawler.run.RunContext;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.AdStore;
import org.redflag.store.CrawlRun;

/**
 * The crawler's entry point: crawls one source once, through fetch, extract, dedup, classify and index, and returns
 * the {@link CrawlRun} it recorded in the store.
 *
 * <pre>{@code
 * AdClassifier classifier = ...;                     // e.g. the classifier module's loader
 * AdStore store = ...;                               // ElasticsearchAdStore, or JsonLinesAdStore for a file
 * CrawlService crawler = new CrawlService(classifier, store, CrawlSettings.defaults().withStateDir(dataDir));
 * SourceConfig source = SourceLoader.loadFile(Path.of("config/sources/demo-jobs.yml"));
 * CrawlRun run = crawler.crawl(source, "manual");   // blocks until the run ends
 * }</pre>
 *
 * <p>Thread-safe: different sources may be crawled at the same time from different threads (the scheduler does);
 * the same source never runs twice at once ({@link #crawl} throws {@link IllegalStateException} if asked to).
 * {@link #cancel(String)} stops a running crawl: what is in flight finishes and is written, the run is recorded as
 * {@code interrupted}. One {@code CrawlService} shares its HTTP connections and robots.txt cache between runs.
 */
public final class CrawlService implements AutoCloseable {
    private final AdClassifier classifier;
    private final AdStore store;
    private final CrawlSettings settings;
    private final Fetcher fetcher;
    private final Clock clock;
    private final RobotsCache robots;
    private final Map<String, CrawlRunner> running = new ConcurrentHashMap<>();
    private final Map<String, ValidatorCache> validators = new ConcurrentHashMap<>();

    /** A service with the default settings, its own HTTP client, conditional-GET state in memory only. */
    public CrawlService(AdClassifier classifier, AdStore store) {
        this(classifier, store, CrawlSettings.defaults());
    }

    public CrawlService(AdClassifier classifier, AdStore store, CrawlSettings settings) {
        this(classifier, store, settings, HttpFetcher.create(), Clock.systemUTC());
    }

    /** For tests and embedding: another {@link Fetcher} or clock. */
    public CrawlService(AdClassifier classifier, AdStore store, CrawlSettings settings, Fetcher fetcher,
            Clock clock) {
        this.classifier = classifier;
        this.store = store;
        this.settings = settings;
        this.fetcher = fetcher;
        this.clock = clock;
        this.robots = new RobotsCache(fetcher, clock, settings.robotsTtl());
    }

    /** Crawls a source once; blocks until done. {@code trigger} is recorded: schedule, manual, cli, demo. */
    public CrawlRun crawl(SourceConfig source, String trigger) {
        return crawl(source, trigger, CrawlListener.NONE);
    }

    /**
     * Crawls a source once, telling {@code listener} about pages and ads as they go; blocks until done.
     *
     * @throws IllegalStateException when the source is already being crawled
     */
    public CrawlRun crawl(SourceConfig source, String trigger, CrawlListener listener) {
        ValidatorCache cache = validators.computeIfAbsent(source.id(), this::loadValidators);
        RunContext ctx = new RunContext(fetcher, robots, classifier, store, cache,
                new StoreRetry(settings.storeBackoff(), clock), clock, settings.maxThreads(), settings.batchSize(),
                settings.storeGrace());
        CrawlRunner runner = new CrawlRunner(source, trigger, ctx, listener);
        if (running.putIfAbsent(source.id(), runner) != null) {
            throw new IllegalStateException("Source '" + source.id() + "' is already being crawled; wait for "
                    + "that run to end or cancel it");
        }
        try {
            return runner.run();
        } finally {
            running.remove(source.id());
            settings.findStateDir().ifPresent(dir -> cache.save(validatorFile(dir, source.id())));
        }
    }

    /** Stops the running crawl of a source, if any; returns whether one was running. */
    public boolean cancel(String sourceId) {
        CrawlRunner runner = running.get(sourceId);
        if (runner != null) {
            runner.cancel();
        }
        return runner != null;
    }

    /** Stops every running crawl. */
    public void cancelAll() {
        running.values().forEach(CrawlRunner::cancel);
    }

    /** The progress of the running crawl of a source. */
    public Optional<CrawlProgress> findProgress(String sourceId) {
        return Optional.ofNullable(running.get(sourceId)).map(CrawlRunner::progress);
    }

    /** Ids of the sources being crawled now. */
    public Set<String> runningSources() {
        return Set.copyOf(running.keySet());
    }

    /** Cancels running crawls. The store is not closed: it belongs to the caller. */
    @Override
    public void close() {
        cancelAll();
    }

    private ValidatorCache loadValidators(String sourceId) {
        return settings.findStateDir().map(dir -> ValidatorCache.load(validatorFile(dir, sourceId)))
                .orElseGet(ValidatorCache::new);
    }

    private static Path validatorFile(Path stateDir, String sourceId) {
        return stateDir.resolve("validators").resolve(sourceId + ".tsv");
    }
}
