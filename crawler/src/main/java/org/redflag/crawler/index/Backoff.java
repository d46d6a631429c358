package org.redflag.crawler.index;

import java.time.Duration;

/**
 * Exponential backoff: {@code initial}, doubling per attempt, capped at {@code max}.
 */
public record Backoff(Duration initial, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

    /** The wait before retry number {@code attempt} (1-based). */
    public Duration delay(int attempt) {
        long ms = initial.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }
}
