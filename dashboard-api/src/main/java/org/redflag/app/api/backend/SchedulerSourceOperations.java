package org.redflag.app.api.backend;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.quartz.CronExpression;
import org.redflag.app.api.NoSuchSourceException;
import org.redflag.app.api.SourceBusyException;
import org.redflag.app.api.SourceOperations;
import org.redflag.app.api.SourceStatus;
import org.redflag.crawler.schedule.CrawlScheduler;
import org.redflag.crawler.schedule.SourceSchedule;
import org.redflag.crawler.schedule.UnknownSourceException;
import org.redflag.crawler.source.SourceConfig;

/** The operator endpoints' view of the crawler's {@link CrawlScheduler}. */
public final class SchedulerSourceOperations implements SourceOperations {
    private static final int NEXT_RUNS = 3;
    private final CrawlScheduler scheduler;

    public SchedulerSourceOperations(CrawlScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public List<SourceStatus> listSources() {
        return scheduler.schedules().stream().map(this::status).toList();
    }

    @Override
    public Optional<SourceStatus> findSource(String sourceId) {
        return scheduler.findSchedule(sourceId).map(this::status);
    }

    @Override
    public void runNow(String sourceId) {
        SourceSchedule schedule = scheduler.findSchedule(sourceId)
                .orElseThrow(() -> new NoSuchSourceException(sourceId));
        if (schedule.running()) {
            throw new SourceBusyException(sourceId);
        }
        try {
            scheduler.runNow(sourceId);
        } catch (UnknownSourceException e) {
            throw new NoSuchSourceException(sourceId);
        }
    }

    @Override
    public SourceStatus reschedule(String sourceId, String cron) {
        try {
            return status(scheduler.updateSchedule(sourceId, cron));
        } catch (UnknownSourceException e) {
            throw new NoSuchSourceException(sourceId);
        }
    }

    private SourceStatus status(SourceSchedule schedule) {
        SourceConfig source = scheduler.expectSource(schedule.sourceId());
        return new SourceStatus(source.id(), source.name(), source.platform(), schedule.cron(), schedule.running(),
                schedule.findNextFireTime().map(next -> nextRuns(schedule.cron(), next)).orElse(List.of()));
    }

    private static List<Instant> nextRuns(String cron, Instant first) {
        List<Instant> runs = new ArrayList<>(List.of(first));
        try {
            CronExpression expression = new CronExpression(cron);
            Date next = Date.from(first);
            while (runs.size() < NEXT_RUNS && (next = expression.getNextValidTimeAfter(next)) != null) {
                runs.add(next.toInstant());
            }
        } catch (ParseException e) {
            return runs;
        }
        return runs;
    }
}
