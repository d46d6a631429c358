package org.redflag.crawler.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.redflag.classifier.AdClassifier;
import org.redflag.crawler.CrawlListener;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.CrawlSettings;
import org.redflag.crawler.dedup.AdUpdate;
import org.redflag.crawler.index.JsonLinesAdStore;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;

/**
 * Crawls a {@link SyntheticJobSite} through the real pipeline (fetch, robots, extract, dedup, classify, write JSON
 * lines) and measures it. The site runs in the same JVM, so the figures include its cost.
 */
public final class CrawlBenchmark {
    private CrawlBenchmark() {
    }

    /**
     * @param ads         ads on the generated site
     * @param classifier  the classifier to run on every ad
     * @param concurrency requests in flight to the site at once (no politeness delay)
     * @param out         where the JSON lines go
     */
    public static BenchResult run(int ads, AdClassifier classifier, int concurrency, Path out) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (SyntheticJobSite site = SyntheticJobSite.start(ads, 4);
                JsonLinesAdStore store = new JsonLinesAdStore(out);
                HeapSampler sampler = new HeapSampler(memory)) {
            SourceConfig source = SourceConfig.forSeeds(List.of(site.seedUrl()))
                    .withAllowPrivateAddresses(true)
                    .withPoliteness(new org.redflag.crawler.source.Politeness(Duration.ZERO, concurrency))
                    .withLimits(org.redflag.crawler.source.Limits.DEFAULT.withMaxPages(site.crawlablePages() + 10)
                            .withMaxDuration(Duration.ofHours(1)));
            TitleCheck titles = new TitleCheck(site.baseUrl() + "/job/");
            CrawlService crawler = new CrawlService(classifier, store,
                    CrawlSettings.defaults().withMaxThreads(Math.max(1, concurrency)));
            long start = System.nanoTime();
            CrawlRun run = crawler.crawl(source, "bench", titles);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = sampler.peak();
            System.gc();
            long afterGc = memory.getHeapMemoryUsage().getUsed();
            return new BenchResult(ads, run.pagesFetched(), store.written(), titles.exact.sum(), seconds, peak,
                    afterGc, Runtime.getRuntime().maxMemory(), site.disallowedRequests(), run);
        }
    }

    /** Counts ads written with the site's exact title. */
    private static final class TitleCheck implements CrawlListener {
        private final String adPrefix;
        final LongAdder exact = new LongAdder();

        TitleCheck(String adPrefix) {
            this.adPrefix = adPrefix;
        }

        @Override
        public void adSaved(AdUpdate update) {
            String url = update.ad().url();
            if (url.startsWith(adPrefix)) {
                int n = Integer.parseInt(url.substring(adPrefix.length()));
                if (SyntheticJobSite.title(n).equals(update.ad().fields().title())) {
                    exact.increment();
                }
            }
        }
    }

    /** Samples heap use every 20 ms on a daemon thread. */
    private static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler(MemoryMXBean memory) {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
