package org.redflag.crawler.schedule;

import java.util.function.Consumer;
import java.util.function.Function;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;

/** The Quartz job that crawls one source once. Never runs twice at once for the same source (job key). */
@DisallowConcurrentExecution
final class SourceCrawlJob implements InterruptableJob {
    static final String SOURCE_ID = "sourceId";
    static final String TRIGGER = "trigger";

    private final CrawlService crawler;
    private final Function<String, SourceConfig> sources;
    private final Consumer<CrawlRun> onRun;
    private volatile String sourceId = "";

    SourceCrawlJob(CrawlService crawler, Function<String, SourceConfig> sources, Consumer<CrawlRun> onRun) {
        this.crawler = crawler;
        this.sources = sources;
        this.onRun = onRun;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        sourceId = context.getMergedJobDataMap().getString(SOURCE_ID);
        String trigger = context.getMergedJobDataMap().containsKey(TRIGGER)
                ? context.getMergedJobDataMap().getString(TRIGGER) : "schedule";
        try {
            CrawlRun run = crawler.crawl(sources.apply(sourceId), trigger);
            onRun.accept(run);
        } catch (RuntimeException e) {
            throw new JobExecutionException("Crawl of source '" + sourceId + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void interrupt() {
        crawler.cancel(sourceId);
    }
}
