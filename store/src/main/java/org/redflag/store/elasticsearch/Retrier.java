package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.elasticsearch.client.ResponseException;
import org.redflag.store.StoreUnavailableException;
import org.redflag.store.config.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries whole requests that failed because Elasticsearch was unreachable, overloaded (429) or failing (5xx),
 * waiting longer after each attempt; gives up with {@link StoreUnavailableException}. Other failures (4xx) are not
 * retried.
 */
final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** A call to Elasticsearch. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private final RetryConfig config;
    private final String target;

    Retrier(RetryConfig config, String target) {
        this.config = config;
        this.target = target;
    }

    RetryConfig config() {
        return config;
    }

    <T> T call(String what, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException | RuntimeException e) {
                if (!isTransient(e)) {
                    throw e instanceof IOException io ? new UncheckedIOException(what + " failed: " + e.getMessage(),
                            io) : (RuntimeException) e;
                }
                if (attempt >= config.maxAttempts()) {
                    throw unavailable(what, attempt, e);
                }
                LOG.debug("{} failed (attempt {} of {}): {}", what, attempt, config.maxAttempts(), e.toString());
                pause(attempt);
            }
        }
    }

    StoreUnavailableException unavailable(String what, int attempts, Exception cause) {
        return new StoreUnavailableException("Elasticsearch at " + target + " is unavailable: " + what + " failed "
                + attempts + " time(s), last with " + describe(cause) + ". Nothing was lost; retry later.", cause);
    }

    void pause(int attempt) {
        Duration wait = config.backoff(attempt);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting to retry Elasticsearch", e);
        }
    }

    /** Whether a status code of a whole request or of one bulk item is worth retrying. */
    static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    static boolean isTransient(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return isTransient(es.status());
        }
        if (e instanceof ResponseException response) {
            return isTransient(response.getResponse().getStatusLine().getStatusCode());
        }
        if (e instanceof TransportException transport) {
            return transport.statusCode() <= 0 || isTransient(transport.statusCode());
        }
        return e instanceof IOException;
    }

    private static String describe(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return "status " + es.status() + " (" + es.error().type() + ": " + es.error().reason() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
