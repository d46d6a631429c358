package org.redflag.store.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A password, API key or token from configuration. It prints as {@code ****} (and serialises so), so it never
 * reaches a log or an API response by accident; {@link #reveal()} is the one way to read it.
 */
public final class Secret {
    /** No secret configured. */
    public static final Secret NONE = new Secret("");
    private static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? NONE : new Secret(value);
    }

    /** The secret itself: pass it to the API that needs it, never to a log. */
    public String reveal() {
        return value;
    }

    public boolean isPresent() {
        return !value.isEmpty();
    }

    @JsonValue
    @Override
    public String toString() {
        return isPresent() ? MASK : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
