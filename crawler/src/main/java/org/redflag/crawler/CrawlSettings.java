package org.redflag.crawler;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.redflag.crawler.index.Backoff;

/**
 * Settings of a {@link CrawlService} that are not per source. Immutable; start from {@link #defaults()}.
 */
public final class CrawlSettings {
    private final Path stateDir;
    private final int maxThreads;
    private final int batchSize;
    private final Duration storeGrace;
    private final Backoff storeBackoff;
    private final Duration robotsTtl;

    private CrawlSettings(Path stateDir, int maxThreads, int batchSize, Duration storeGrace, Backoff storeBackoff,
            Duration robotsTtl) {
        this.stateDir = stateDir;
        this.maxThreads = maxThreads;
        this.batchSize = batchSize;
        this.storeGrace = storeGrace;
        this.storeBackoff = storeBackoff;
        this.robotsTtl = robotsTtl;
    }

    /**
     * No state directory (conditional-GET validators kept in memory only), at most 16 crawl threads per run,
     * batches of 200 ads, 10 minutes' grace for an unavailable store after a run's time is up, store retries from
     * 200 ms doubling to 10 s, robots.txt cached for one hour.
     */
    public static CrawlSettings defaults() {
        return new CrawlSettings(null, 16, 200, Duration.ofMinutes(10), Backoff.DEFAULT, Duration.ofHours(1));
    }

    /** Keep conditional-GET validators per source in {@code dir/validators/<source>.tsv} across restarts. */
    public CrawlSettings withStateDir(Path dir) {
        return new CrawlSettings(dir, maxThreads, batchSize, storeGrace, storeBackoff, robotsTtl);
    }

    public CrawlSettings withMaxThreads(int threads) {
        return new CrawlSettings(stateDir, threads, batchSize, storeGrace, storeBackoff, robotsTtl);
    }

    public CrawlSettings withBatchSize(int size) {
        return new CrawlSettings(stateDir, maxThreads, size, storeGrace, storeBackoff, robotsTtl);
    }

    public CrawlSettings withStoreGrace(Duration grace) {
        return new CrawlSettings(stateDir, maxThreads, batchSize, grace, storeBackoff, robotsTtl);
    }

    public CrawlSettings withStoreBackoff(Backoff backoff) {
        return new CrawlSettings(stateDir, maxThreads, batchSize, storeGrace, backoff, robotsTtl);
    }

    public CrawlSettings withRobotsTtl(Duration ttl) {
        return new CrawlSettings(stateDir, maxThreads, batchSize, storeGrace, storeBackoff, ttl);
    }

    public Optional<Path> findStateDir() {
        return Optional.ofNullable(stateDir);
    }

    public int maxThreads() {
        return maxThreads;
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration storeGrace() {
        return storeGrace;
    }

    public Backoff storeBackoff() {
        return storeBackoff;
    }

    public Duration robotsTtl() {
        return robotsTtl;
    }
}
