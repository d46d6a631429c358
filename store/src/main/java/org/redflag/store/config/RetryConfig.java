package org.redflag.store.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Objects;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Retries of Elasticsearch writes: on 429 (too many requests) for single documents, and on whole requests that
 * fail (connection refused, timeouts, 5xx). The wait doubles after each attempt, up to {@code maxBackoff}.
 *
 * @param maxAttempts    attempts in all, including the first; after the last the write fails as unavailable
 * @param initialBackoff the wait after the first failure
 * @param maxBackoff     the longest wait between two attempts
 */
public record RetryConfig(
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100")
        Integer maxAttempts,
        @DurationMin(millis = 1, message = "must be at least 1ms") Duration initialBackoff,
        @DurationMin(millis = 1, message = "must be at least 1ms") Duration maxBackoff) {

    public RetryConfig {
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 6);
        initialBackoff = Objects.requireNonNullElse(initialBackoff, Duration.ofMillis(200));
        maxBackoff = Objects.requireNonNullElse(maxBackoff, Duration.ofSeconds(10));
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} (1-based) failed attempts. */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 30);
        Duration wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
