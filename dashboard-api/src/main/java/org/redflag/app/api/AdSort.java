package org.redflag.app.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Orders of an ad list. */
public enum AdSort {
    /** Highest risk first, then newest. */
    RISK,
    /** Most recently first seen first. */
    NEWEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AdSort> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
