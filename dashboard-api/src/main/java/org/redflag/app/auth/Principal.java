package org.redflag.app.auth;

import java.util.Objects;

/**
 * The holder of an API key, as the API sees it after authentication.
 *
 * @param name     a label for logs and triage notes (never the key)
 * @param role     what the key may do
 * @param platform the platform id a {@link Role#PLATFORM} key is bound to; empty for other roles
 */
public record Principal(String name, Role role, String platform) {

    public Principal {
        Objects.requireNonNull(name, "Principal.name");
        Objects.requireNonNull(role, "Principal.role");
        platform = Objects.requireNonNullElse(platform, "");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A key holder needs a non-blank name");
        }
        if (role == Role.PLATFORM && platform.isBlank()) {
            throw new IllegalArgumentException("Platform key '" + name + "' must name the platform it is bound to");
        }
        if (role != Role.PLATFORM && !platform.isEmpty()) {
            throw new IllegalArgumentException("Key '" + name + "' has role " + role.id()
                    + " but names platform '" + platform + "': only platform keys are bound to a platform");
        }
    }

    public static Principal analyst(String name) {
        return new Principal(name, Role.ANALYST, "");
    }

    public static Principal operator(String name) {
        return new Principal(name, Role.OPERATOR, "");
    }

    public static Principal platform(String name, String platform) {
        return new Principal(name, Role.PLATFORM, platform);
    }
}
