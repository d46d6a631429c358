package org.redflag.store.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The {@code server} section of {@code redflag.yml}: where the API and the dashboard listen and how they guard
 * themselves.
 *
 * @param host            the interface to bind; default {@code 127.0.0.1} (loopback only)
 * @param port            the TCP port; default 8080, 0 picks a free port
 * @param maxRequestBytes the largest request body accepted, in bytes; default 65536 (larger bodies get 413)
 * @param platformReports which ads a platform key sees as flag reports: {@code confirmed} (default: only ads an
 *                        analyst confirmed, so a human reviews every report) or {@code flagged} (every flagged ad
 *                        that an analyst has not dismissed)
 * @param auth            API keys
 */
public record ServerConfig(
        @NotBlank String host,
        @Min(0) @Max(65535) Integer port,
        @Min(1024) @Max(16_777_216) Long maxRequestBytes,
        @Pattern(regexp = "confirmed|flagged", message = "must be 'confirmed' or 'flagged'") String platformReports,
        AuthConfig auth) {

    public ServerConfig {
        host = Objects.requireNonNullElse(host, "127.0.0.1");
        port = Objects.requireNonNullElse(port, 8080);
        maxRequestBytes = Objects.requireNonNullElse(maxRequestBytes, 65_536L);
        platformReports = Objects.requireNonNullElse(platformReports, "confirmed");
        auth = Objects.requireNonNullElse(auth, new AuthConfig(null));
    }

    /** The defaults, as documented in {@code config/redflag.yml}. */
    public static ServerConfig defaults() {
        return new ServerConfig(null, null, null, null, null);
    }
}
