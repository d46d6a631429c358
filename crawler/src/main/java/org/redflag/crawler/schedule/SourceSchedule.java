package org.redflag.crawler.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * The schedule of one source as the scheduler runs it.
 *
 * @param sourceId         the source
 * @param cron             the Quartz cron expression in effect
 * @param paused           whether scheduled runs are paused (a manual run still works)
 * @param overridden       whether the cron or pause state comes from an operator change rather than the source file
 * @param running          whether the source is being crawled now
 * @param nextFireTime     the next scheduled run, null when paused
 * @param previousFireTime the last scheduled run since start, null when none
 */
public record SourceSchedule(String sourceId, String cron, boolean paused, boolean overridden, boolean running,
        Instant nextFireTime, Instant previousFireTime) {

    public Optional<Instant> findNextFireTime() {
        return Optional.ofNullable(nextFireTime);
    }

    public Optional<Instant> findPreviousFireTime() {
        return Optional.ofNullable(previousFireTime);
    }
}
