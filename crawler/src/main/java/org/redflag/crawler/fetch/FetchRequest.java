package org.redflag.crawler.fetch;

import java.time.Duration;

/**
 * One URL to fetch and the rules for fetching it.
 *
 * @param url                   normalised absolute URL
 * @param userAgent             the User-Agent header
 * @param validators            validators of the previous response, for a conditional GET
 * @param timeout               time from connect to the last byte
 * @param maxBytes              bytes read at most; a longer body is truncated and marked so
 * @param anyContentType        false for pages (only HTML and XML are read), true for robots.txt
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched
 */
public record FetchRequest(String url, String userAgent, Validators validators, Duration timeout, long maxBytes,
        boolean anyContentType, boolean allowPrivateAddresses) {
}
