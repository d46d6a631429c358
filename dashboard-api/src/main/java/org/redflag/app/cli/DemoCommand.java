package org.redflag.app.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.redflag.app.demo.Agreement;
import org.redflag.app.demo.DemoKeys;
import org.redflag.app.demo.DemoRun;
import org.redflag.app.demo.DemoSummary;
import org.redflag.app.demo.SampleSite;
import org.redflag.app.runtime.ProcessMemory;
import org.redflag.store.CrawlRun;
import org.redflag.store.config.RedflagConfig;
import org.redflag.crawler.source.ConfigValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag demo}: the whole flow on two bundled sample job boards, on the embedded Elasticsearch. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs Redflag on two bundled sample job boards: starts Elasticsearch, serves the sites on loopback ports,",
            "crawls them through the real crawler on a Quartz schedule that fires at once, classifies and indexes the",
            "ads, and serves the API and the dashboard. Prints the dashboard URL and demo API keys, then runs until",
            "Ctrl-C. With --once it exits after the first crawl of every site with a summary (0 when ads were flagged)."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Exit after the first crawl of every sample site, with a summary.")
    boolean once;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config/demo/redflag.yml",
            description = "The demo's configuration (default: ${DEFAULT-VALUE}). REDFLAG_... variables override it.")
    Path configFile;

    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "config/demo/sources",
            description = "The demo source templates, one per sample site (default: ${DEFAULT-VALUE}).")
    Path sourceTemplates;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "How long the first crawls may take, e.g. 90s or 15m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
    private final PrintStream out = System.out;

    /** Reads durations written like the configuration's: 500ms, 90s, 15m, 1h. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return ConfigValues.parseDuration(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration: write it like 90s, 15m or 1h"));
        }
    }

    @Override
    public Integer call() throws Exception {
        // The launcher execs java, so the process started with ./redflag (a build included); the JVM started later.
        Instant launched = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Instant jvmStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        out.println("Starting the Redflag demo: Elasticsearch, two sample job boards, crawler, API and dashboard...");
        DemoRun demo;
        try {
            demo = DemoRun.start(RedflagConfig.load(configFile, System.getenv()), sourceTemplates);
        } catch (RuntimeException | Error e) {
            LOG.error("The demo could not start", e);
            System.err.println("Demo failed: " + StartFailure.describe(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            out.println("Stopping the Redflag demo...");
            demo.close();
            stopped.countDown();
        }, "redflag-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        printReady(demo, Duration.between(launched, Instant.now()), Duration.between(jvmStarted, Instant.now()));
        if (once) {
            return runOnce(demo, hook);
        }
        Thread summary = new Thread(() -> printFirstCrawls(demo), "redflag-demo-summary");
        summary.setDaemon(true);
        summary.start();
        stopped.await();
        return 0;
    }

    private int runOnce(DemoRun demo, Thread hook) throws InterruptedException {
        try {
            DemoSummary summary = demo.awaitFirstCrawls(timeout);
            print(demo, summary);
            return verdict(summary);
        } catch (TimeoutException e) {
            System.err.println("Demo failed: " + e.getMessage());
            return 1;
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
            demo.close();
        }
    }

    private int verdict(DemoSummary summary) {
        if (!summary.failedRuns().isEmpty()) {
            CrawlRun failed = summary.failedRuns().get(0);
            System.err.println("Demo failed: the crawl of " + failed.sourceId() + " ended " + failed.status() + ": "
                    + failed.message() + " (see data/logs/redflag.log)");
            return 1;
        }
        if (summary.adsFlagged() == 0) {
            System.err.println("Demo failed: " + summary.adsIndexed() + " ads were indexed but none was flagged; "
                    + "check the classifier's indicators (config/indicators) and the log");
            return 1;
        }
        return 0;
    }

    private void printReady(DemoRun demo, Duration sinceLaunch, Duration sinceJvmStart) {
        String dashboard = demo.application().dashboardUri().toString();
        out.printf(Locale.ROOT, "Redflag demo is ready (%.1f s after launch, %.1f s after the JVM started).%n",
                sinceLaunch.toMillis() / 1000.0, sinceJvmStart.toMillis() / 1000.0);
        out.println("Dashboard: " + dashboard);
        out.println("API docs:  " + dashboard + "api/docs");
        out.println("Elasticsearch: " + demo.application().elasticsearchUrl() + demo.application()
                .findElasticsearchStart().map(start -> String.format(Locale.ROOT, " (embedded, %s start in %.1f s)",
                        start.unpacked() ? "cold" : "warm", start.elapsed().toMillis() / 1000.0)).orElse(""));
        for (SampleSite site : demo.sites().sites()) {
            out.println("Sample site " + site.id() + ": " + site.seedUrl() + " (" + site.adCount() + " ads)");
        }
        DemoKeys keys = demo.keys();
        out.println("API key (analyst): " + keys.analyst());
        out.println("API key (operator): " + keys.operator());
        keys.platformBySite().forEach((site, key) -> out.println("API key (platform " + site + "): " + key));
        out.println(once ? "Crawling the sample sites..." : "Crawling the sample sites now; press Ctrl-C to stop.");
        out.flush();
    }

    private void printFirstCrawls(DemoRun demo) {
        try {
            print(demo, demo.awaitFirstCrawls(timeout));
        } catch (TimeoutException e) {
            System.err.println(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("Could not summarise the demo crawls: " + e.getMessage());
        }
    }

    private void print(DemoRun demo, DemoSummary summary) {
        out.println(summary.line());
        for (CrawlRun run : summary.runs()) {
            out.printf(Locale.ROOT, "  %s: %s, %d pages, %d new, %d updated, %d unchanged, %d flagged, errors %s%n",
                    run.sourceId(), run.status(), run.pagesFetched(), run.adsNew(), run.adsUpdated(),
                    run.adsUnchanged(), run.adsFlagged(), run.errors().isEmpty() ? "none" : run.errors());
        }
        out.println("Agreement with the sample content's own labels (measured after the crawl, never used to flag):");
        for (Map.Entry<String, Agreement> site : summary.agreementBySite().entrySet()) {
            out.println("  " + site.getKey() + ": " + site.getValue().describe());
        }
        out.println("  all: " + summary.totalAgreement().describe());
        out.println("robots.txt: " + summary.disallowedFetches() + " requests to disallowed paths");
        out.println(memory(demo));
        out.flush();
    }

    private static String memory(DemoRun demo) {
        return "Memory (resident): Redflag JVM " + megabytes(ProcessMemory.residentBytes()) + " (peak "
                + megabytes(ProcessMemory.peakResidentBytes()) + "), Elasticsearch "
                + megabytes(demo.application().elasticsearchResidentBytes());
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? bytes.getAsLong() / (1024 * 1024) + " MB" : "unknown";
    }
}
