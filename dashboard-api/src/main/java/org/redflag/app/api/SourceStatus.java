package org.redflag.app.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A monitored source as the operator sees it.
 *
 * @param id       the source id (its file name in {@code config/sources})
 * @param name     a human name
 * @param platform the platform that owns the site
 * @param cron     the Quartz cron expression it runs on
 * @param running  whether a crawl of it runs now
 * @param nextRuns the next few scheduled start times, empty when it is not scheduled
 */
public record SourceStatus(String id, String name, String platform, String cron, boolean running,
                           List<Instant> nextRuns) {
    public SourceStatus {
        Objects.requireNonNull(id, "SourceStatus.id");
        name = Objects.requireNonNullElse(name, id);
        platform = Objects.requireNonNullElse(platform, "");
        cron = Objects.requireNonNullElse(cron, "");
        nextRuns = List.copyOf(nextRuns);
    }
}
