package org.redflag.crawler.schedule;

import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.redflag.crawler.CrawlService;
import org.redflag.crawler.source.Schedule;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.store.CrawlRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every source on its Quartz cron schedule, and lets an operator change schedules at runtime.
 *
 * <pre>{@code
 * CrawlScheduler scheduler = new CrawlScheduler(crawlService, SourceLoader.loadDirectory(sourcesDir),
 *         dataDir.resolve("schedules.json"));
 * scheduler.addRunListener(run -> log.info("crawl {} ended: {}", run.sourceId(), run.status()));
 * scheduler.start();
 * scheduler.runNow("demo-jobs");                        // crawl at once (the demo does this)
 * scheduler.updateSchedule("demo-jobs", "0 0/30 * * * ?"); // takes effect now, survives a restart
 * scheduler.pause("demo-jobs");
 * ...
 * scheduler.close();                                     // cancels running crawls, waits for them to record
 * }</pre>
 *
 * <p>Thread-safe. Changes made through {@link #updateSchedule}, {@link #pause} and {@link #resume} are persisted to
 * the schedule file at once and re-applied by the next {@link #start()}. See the package notes for the misfire
 * policy.
 */
public final class CrawlScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
    private static final String GROUP = "redflag-crawl";

    private final CrawlService crawler;
    private final Map<String, SourceConfig> sources = new ConcurrentHashMap<>();
    private final ScheduleFile file;
    private final Map<String, ScheduleFile.Override> overrides = new ConcurrentHashMap<>();
    private final List<Consumer<CrawlRun>> listeners = new CopyOnWriteArrayList<>();
    private final int threads;
    private Scheduler quartz;

    /**
     * @param scheduleFile where operator changes are persisted, e.g. {@code <data dir>/schedules.json}
     */
    public CrawlScheduler(CrawlService crawler, Collection<SourceConfig> sources, Path scheduleFile) {
        this(crawler, sources, scheduleFile, 4);
    }

    /** @param threads sources that may be crawled at the same time */
    public CrawlScheduler(CrawlService crawler, Collection<SourceConfig> sources, Path scheduleFile, int threads) {
        this.crawler = crawler;
        sources.forEach(s -> this.sources.put(s.id(), s));
        this.file = new ScheduleFile(scheduleFile);
        this.threads = threads;
    }

    /** Called with every finished run (scheduled or manual), from the scheduler's thread. */
    public void addRunListener(Consumer<CrawlRun> listener) {
        listeners.add(listener);
    }

    /** Loads persisted changes, schedules every source and starts firing. */
    public synchronized void start() {
        if (quartz != null) {
            throw new IllegalStateException("The crawl scheduler is already started");
        }
        overrides.putAll(file.load());
        try {
            quartz = new StdSchedulerFactory(properties()).getScheduler();
            quartz.setJobFactory(new CrawlJobFactory(crawler, this::expectSource, this::finished));
            for (SourceConfig source : sources.values()) {
                schedule(source);
            }
            quartz.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the crawl scheduler: " + e.getMessage(), e);
        }
        LOG.info("crawl scheduler started with {} sources", sources.size());
    }

    public synchronized boolean isStarted() {
        try {
            return quartz != null && quartz.isStarted() && !quartz.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** The schedule of every source, by source id. */
    public List<SourceSchedule> schedules() {
        List<SourceSchedule> out = new ArrayList<>();
        sources.keySet().stream().sorted().forEach(id -> out.add(expectSchedule(id)));
        return out;
    }

    public Optional<SourceSchedule> findSchedule(String sourceId) {
        return sources.containsKey(sourceId) ? Optional.of(describe(sourceId)) : Optional.empty();
    }

    /** @throws UnknownSourceException when no source has this id */
    public SourceSchedule expectSchedule(String sourceId) {
        expectSource(sourceId);
        return describe(sourceId);
    }

    /**
     * Changes a source's cron expression; takes effect at once and is persisted.
     *
     * @throws IllegalArgumentException naming the value when it is not a Quartz cron expression
     * @throws UnknownSourceException   when no source has this id
     */
    public synchronized SourceSchedule updateSchedule(String sourceId, String cron) {
        SourceConfig source = expectSource(sourceId);
        validateCron(cron);
        ScheduleFile.Override old = overrides.getOrDefault(sourceId, new ScheduleFile.Override("", false));
        boolean paused = overrides.containsKey(sourceId) ? old.paused() : !source.schedule().enabled();
        overrides.put(sourceId, new ScheduleFile.Override(cron.trim(), paused));
        file.save(overrides);
        reschedule(source);
        return describe(sourceId);
    }

    /** Stops scheduled runs of a source (manual runs still work); persisted. */
    public synchronized SourceSchedule pause(String sourceId) {
        return setPaused(sourceId, true);
    }

    /** Resumes scheduled runs of a source; persisted. */
    public synchronized SourceSchedule resume(String sourceId) {
        return setPaused(sourceId, false);
    }

    /** Forgets the operator's changes to a source: its file's schedule applies again; persisted. */
    public synchronized SourceSchedule resetSchedule(String sourceId) {
        SourceConfig source = expectSource(sourceId);
        overrides.remove(sourceId);
        file.save(overrides);
        reschedule(source);
        return describe(sourceId);
    }

    /**
     * Crawls a source now, once, with trigger {@code manual}. If it is being crawled already, the new run starts
     * when that one ends.
     *
     * @throws UnknownSourceException when no source has this id
     */
    public void runNow(String sourceId) {
        runNow(sourceId, "manual");
    }

    /** Like {@link #runNow(String)} with another trigger name recorded in the run (e.g. {@code demo}). */
    public void runNow(String sourceId, String trigger) {
        expectSource(sourceId);
        JobDataMap data = new JobDataMap();
        data.put(SourceCrawlJob.TRIGGER, trigger);
        try {
            expectQuartz().triggerJob(jobKey(sourceId), data);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start a crawl of '" + sourceId + "': " + e.getMessage(), e);
        }
    }

    /** Adds a source or replaces one with the same id, scheduling it at once. */
    public synchronized void putSource(SourceConfig source) {
        sources.put(source.id(), source);
        if (quartz != null) {
            reschedule(source);
        }
    }

    /** Removes a source and its schedule (a running crawl of it finishes). Returns whether it existed. */
    public synchronized boolean removeSource(String sourceId) {
        SourceConfig removed = sources.remove(sourceId);
        if (removed != null && quartz != null) {
            try {
                quartz.deleteJob(jobKey(sourceId));
            } catch (SchedulerException e) {
                throw new IllegalStateException("Cannot unschedule '" + sourceId + "': " + e.getMessage(), e);
            }
        }
        return removed != null;
    }

    /** The source with this id. @throws UnknownSourceException when none */
    public SourceConfig expectSource(String sourceId) {
        SourceConfig s = sources.get(sourceId);
        if (s == null) {
            throw new UnknownSourceException(sourceId, sources.keySet());
        }
        return s;
    }

    public Optional<SourceConfig> findSource(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    /** Cancels running crawls (they record themselves as interrupted) and stops the scheduler. */
    @Override
    public synchronized void close() {
        if (quartz == null) {
            return;
        }
        try {
            quartz.standby();
            crawler.cancelAll();
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("crawl scheduler did not shut down cleanly: {}", e.getMessage());
        }
        quartz = null;
    }

    private SourceSchedule setPaused(String sourceId, boolean paused) {
        SourceConfig source = expectSource(sourceId);
        ScheduleFile.Override old = overrides.getOrDefault(sourceId, new ScheduleFile.Override("", paused));
        overrides.put(sourceId, new ScheduleFile.Override(old.cron(), paused));
        file.save(overrides);
        reschedule(source);
        return describe(sourceId);
    }

    private void finished(CrawlRun run) {
        for (Consumer<CrawlRun> l : listeners) {
            try {
                l.accept(run);
            } catch (RuntimeException e) {
                LOG.warn("crawl run listener failed", e);
            }
        }
    }

    private void reschedule(SourceConfig source) {
        if (quartz == null) {
            return;
        }
        try {
            quartz.deleteJob(jobKey(source.id()));
            schedule(source);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot reschedule '" + source.id() + "': " + e.getMessage(), e);
        }
    }

    private void schedule(SourceConfig source) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(SourceCrawlJob.class)
                .withIdentity(jobKey(source.id()))
                .usingJobData(SourceCrawlJob.SOURCE_ID, source.id())
                .storeDurably()
                .build();
        quartz.addJob(job, true);
        if (!paused(source)) {
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(triggerKey(source.id()))
                    .forJob(job)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron(source))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            quartz.scheduleJob(trigger);
        }
    }

    private SourceSchedule describe(String sourceId) {
        SourceConfig source = expectSource(sourceId);
        Date next = null;
        Date previous = null;
        try {
            Trigger t = quartz == null ? null : quartz.getTrigger(triggerKey(sourceId));
            if (t != null) {
                next = t.getNextFireTime();
                previous = t.getPreviousFireTime();
            }
        } catch (SchedulerException e) {
            LOG.debug("cannot read trigger of {}", sourceId, e);
        }
        return new SourceSchedule(sourceId, cron(source), paused(source), overrides.containsKey(sourceId),
                crawler.runningSources().contains(sourceId), next == null ? null : next.toInstant(),
                previous == null ? null : previous.toInstant());
    }

    private String cron(SourceConfig source) {
        ScheduleFile.Override o = overrides.get(source.id());
        return o == null || o.cron().isEmpty() ? source.schedule().cron() : o.cron();
    }

    private boolean paused(SourceConfig source) {
        ScheduleFile.Override o = overrides.get(source.id());
        return o == null ? !source.schedule().enabled() : o.paused();
    }

    private Scheduler expectQuartz() {
        if (quartz == null) {
            throw new IllegalStateException("The crawl scheduler is not started; call start() first");
        }
        return quartz;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "redflag-crawl-" + UUID.randomUUID());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** Checks a Quartz cron expression. @throws IllegalArgumentException naming the value and the format */
    public static void validateCron(String cron) {
        try {
            CronExpression.validateExpression(cron == null ? "" : cron.trim());
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression (" + e.getMessage()
                    + "); fields are: second minute hour day-of-month month day-of-week [year], e.g. "
                    + "'" + Schedule.DEFAULT.cron() + "'", e);
        }
    }

    private static JobKey jobKey(String sourceId) {
        return JobKey.jobKey(sourceId, GROUP);
    }

    private static TriggerKey triggerKey(String sourceId) {
        return TriggerKey.triggerKey(sourceId, GROUP);
    }
}
