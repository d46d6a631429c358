package org.redflag.crawler.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard one host is crawled. A robots.txt {@code Crawl-delay} longer than {@code delay} wins, and then one
 * request at a time is made to that host.
 *
 * @param delay       minimum time between the starts of two requests to the same host
 * @param concurrency most requests in flight to the same host at once
 */
public record Politeness(Duration delay, int concurrency) {
    public static final Politeness DEFAULT = new Politeness(Duration.ofSeconds(1), 1);

    public Politeness {
        Objects.requireNonNull(delay, "Politeness.delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("politeness.delay must not be negative, got " + delay);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("politeness.concurrency must be at least 1, got " + concurrency);
        }
    }
}
