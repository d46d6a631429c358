package org.redflag.app.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a platform stands with a flag report about one of its ads. */
public enum ReportState {
    /** Not yet acknowledged by the platform. */
    OPEN,
    /** The platform has seen it. */
    ACKNOWLEDGED,
    /** The platform reported the action it took. */
    ACTIONED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportState> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ReportState::id).toList());
    }
}
