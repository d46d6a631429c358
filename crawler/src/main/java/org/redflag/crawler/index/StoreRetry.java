package org.redflag.crawler.index;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.redflag.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a store operation until it succeeds, waiting with {@link Backoff} while the store is unavailable, until a
 * deadline or until the crawl is cancelled. Only {@link StoreUnavailableException} is retried.
 */
public final class StoreRetry {
    private static final Logger LOG = LoggerFactory.getLogger(StoreRetry.class);

    private final Backoff backoff;
    private final Clock clock;

    public StoreRetry(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    /**
     * @param deadline  give up after this instant
     * @param cancelled give up when this turns true
     * @throws StoreUnavailableException the last failure, when giving up
     */
    public <T> T call(Supplier<T> operation, Instant deadline, BooleanSupplier cancelled) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (StoreUnavailableException e) {
                if (cancelled.getAsBoolean() || clock.instant().isAfter(deadline)) {
                    throw e;
                }
                long wait = backoff.delay(attempt).toMillis();
                if (attempt == 1 || attempt % 10 == 0) {
                    LOG.warn("store unavailable ({}); crawl paused, retry {} in {} ms", e.getMessage(), attempt, wait);
                }
                sleep(wait, e);
            }
        }
    }

    /** Same as {@link #call} for an operation without result. */
    public void run(Runnable operation, Instant deadline, BooleanSupplier cancelled) {
        call(() -> {
            operation.run();
            return Boolean.TRUE;
        }, deadline, cancelled);
    }

    private static void sleep(long ms, StoreUnavailableException cause) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
