package org.redflag.store.config;

import java.util.Objects;

/**
 * The {@code server.auth} section of {@code redflag.yml}.
 *
 * @param keysFile a YAML file listing API keys by their SHA-256 hash, role and (for platform keys) platform;
 *                 default {@code config/api-keys.yml}, resolved against the working directory. A missing file means
 *                 no keys from a file (the demo registers its own at start-up). Keys themselves never appear in it.
 */
public record AuthConfig(String keysFile) {

    public AuthConfig {
        keysFile = Objects.requireNonNullElse(keysFile, "config/api-keys.yml");
    }
}
