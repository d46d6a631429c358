package org.redflag.crawler.source;

/**
 * When a source is crawled.
 *
 * @param cron    a Quartz cron expression (seconds first), evaluated in the JVM's time zone
 * @param enabled whether the scheduler runs the source at all
 */
public record Schedule(String cron, boolean enabled) {
    /** Every six hours, on the hour. */
    public static final Schedule DEFAULT = new Schedule("0 0 */6 * * ?", true);
}
