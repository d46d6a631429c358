package org.redflag.crawler.schedule;

import java.util.function.Consumer;
import java.util.function.Function;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;

/** Builds {@link SourceCrawlJob}s with their dependencies passed to the constructor (no reflection, no setters). */
final class CrawlJobFactory implements JobFactory {
    private final CrawlService crawler;
    private final Function<String, SourceConfig> sources;
    private final Consumer<CrawlRun> onRun;

    CrawlJobFactory(CrawlService crawler, Function<String, SourceConfig> sources, Consumer<CrawlRun> onRun) {
        this.crawler = crawler;
        this.sources = sources;
        this.onRun = onRun;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type != SourceCrawlJob.class) {
            throw new SchedulerException("Unknown job class " + type.getName());
        }
        return new SourceCrawlJob(crawler, sources, onRun);
    }
}
