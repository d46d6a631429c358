package org.redflag.app.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.redflag.store.CrawlRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts finished crawl runs into the metrics registry and logs each as one structured line. */
final class CrawlMetrics implements Consumer<CrawlRun> {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlMetrics.class);
    private final MeterRegistry registry;

    CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(CrawlRun run) {
        registry.counter("redflag.crawl.runs", "source", run.sourceId(), "status", run.status()).increment();
        counter("redflag.crawl.pages", "Pages fetched by crawls", run).increment(run.pagesFetched());
        counter("redflag.crawl.ads.new", "Ads seen for the first time", run).increment(run.adsNew());
        counter("redflag.crawl.ads.updated", "Ads whose content changed", run).increment(run.adsUpdated());
        counter("redflag.crawl.ads.flagged", "Ads flagged (new or updated)", run).increment(run.adsFlagged());
        run.errors().forEach((kind, count) -> registry.counter("redflag.crawl.errors", "source", run.sourceId(),
                "kind", kind).increment(count));
        LOG.atInfo().addKeyValue("source", run.sourceId()).addKeyValue("run", run.id())
                .addKeyValue("trigger", run.trigger()).addKeyValue("status", run.status())
                .addKeyValue("pages", run.pagesFetched()).addKeyValue("new", run.adsNew())
                .addKeyValue("updated", run.adsUpdated()).addKeyValue("removed", run.adsRemoved())
                .addKeyValue("flagged", run.adsFlagged()).addKeyValue("errors", run.errors())
                .log("Crawl of {} ended {}", run.sourceId(), run.status());
    }

    private Counter counter(String name, String description, CrawlRun run) {
        return Counter.builder(name).description(description).tag("source", run.sourceId()).register(registry);
    }
}
