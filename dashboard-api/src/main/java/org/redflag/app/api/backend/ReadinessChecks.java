package org.redflag.app.api.backend;

import org.redflag.app.web.ReadinessCheck;
import org.redflag.crawler.schedule.CrawlScheduler;

/** Readiness checks of the real components, for {@code GET /health/ready}. */
public final class ReadinessChecks {
    private ReadinessChecks() {
    }

    /** Up while the crawl scheduler is started and not shut down. */
    public static ReadinessCheck scheduler(CrawlScheduler scheduler) {
        return ReadinessCheck.of("scheduler", () -> scheduler.isStarted()
                ? ReadinessCheck.Result.up(scheduler.schedules().size() + " sources scheduled")
                : ReadinessCheck.Result.down("the crawl scheduler is not running"));
    }
}
