/**
 * Scheduling with Quartz ({@link org.redflag.crawler.schedule.CrawlScheduler}): one job per source from its cron
 * expression, RAMJobStore, a source never crawled twice at once ({@code @DisallowConcurrentExecution}), jobs built by
 * a {@link org.quartz.spi.JobFactory} with their dependencies passed to the constructor.
 *
 * <h2>Misfire policy</h2>
 * Cron triggers use {@code MISFIRE_INSTRUCTION_DO_NOTHING}: a fire missed by more than the misfire threshold (60 s)
 * - because the previous run of the same source was still going, the scheduler was paused, or all scheduler threads
 * were busy - is skipped, and the source next runs at its next cron time. Missed fires are never replayed in a
 * burst. A manual {@link org.redflag.crawler.schedule.CrawlScheduler#runNow(String)} is never skipped: it waits for
 * a running crawl of the same source to end, then runs.
 *
 * <h2>Persistence</h2>
 * Operator changes (cron, paused) are written to a JSON file under the data directory on every change and applied
 * over the source files' schedules at start, so they survive a restart; the RAMJobStore itself holds nothing
 * worth keeping.
 */
package org.redflag.crawler.schedule;
