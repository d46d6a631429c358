package org.redflag.crawler.fetch;

import java.time.Duration;

/**
 * What fetching one URL gave.
 *
 * @param url         the URL requested
 * @param outcome     what happened
 * @param status      the HTTP status, 0 when no response was received
 * @param contentType the Content-Type header, "" when absent
 * @param body        the body bytes read (empty unless the outcome is {@link Outcome#OK})
 * @param truncated   whether the body was cut at the size limit
 * @param validators  ETag and Last-Modified of this response
 * @param location    the redirect target (resolved against the URL), "" unless a redirect
 * @param retryAfter  the server's Retry-After, {@link Duration#ZERO} when absent
 * @param message     what went wrong, "" when nothing did
 */
public record FetchResult(String url, Outcome outcome, int status, String contentType, byte[] body,
        boolean truncated, Validators validators, String location, Duration retryAfter, String message) {

    /** What happened to a fetch. */
    public enum Outcome {
        /** 2xx with an acceptable content type; the body is in {@link #body()}. */
        OK,
        /** 304: unchanged since the validators were issued. */
        NOT_MODIFIED,
        /** 3xx with a Location. */
        REDIRECT,
        /** 4xx (other than 429). */
        CLIENT_ERROR,
        /** 429 Too Many Requests; see {@link #retryAfter()}. */
        THROTTLED,
        /** 5xx, or another unexpected status. */
        SERVER_ERROR,
        /** The content type is not one the crawler reads (images, PDFs, ...); the body was not read. */
        SKIPPED_CONTENT_TYPE,
        /** The host resolves to a private, loopback or link-local address and the source does not allow those. */
        REFUSED_ADDRESS,
        /** No complete response within the time limit. */
        TIMEOUT,
        /** Connection refused or reset, unknown host, malformed response. */
        CONNECTION_ERROR
    }

    public static FetchResult failed(String url, Outcome outcome, int status, String message) {
        return new FetchResult(url, outcome, status, "", new byte[0], false, Validators.NONE, "", Duration.ZERO,
                message);
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
        return outcome == Outcome.THROTTLED || outcome == Outcome.SERVER_ERROR || outcome == Outcome.TIMEOUT
                || outcome == Outcome.CONNECTION_ERROR;
    }
}
