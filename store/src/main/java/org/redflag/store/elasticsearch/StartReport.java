package org.redflag.store.elasticsearch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a start of the embedded node went.
 *
 * @param url           the node's base URL, {@code http://127.0.0.1:<port>}
 * @param elapsed       from the call to {@code start()} to a healthy cluster
 * @param unpacked      whether the distribution was unpacked first (a cold start)
 * @param home          the node's directory actually used (a fallback when the service user cannot reach the
 *                      configured one)
 * @param serviceUser   the system user Elasticsearch runs as, or "" when it runs as the current user
 */
public record StartReport(String url, Duration elapsed, boolean unpacked, Path home, String serviceUser) {
}
