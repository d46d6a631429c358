package org.redflag.app.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an analyst's review of a flagged ad stands. */
public enum TriageStatus {
    /** Flagged and not looked at yet. */
    NEW,
    /** Someone is working on it. */
    IN_REVIEW,
    /** An analyst confirmed the flag; the ad is reported to its platform. */
    CONFIRMED,
    /** An analyst judged the flag wrong. */
    DISMISSED;

    /** As written in JSON and query parameters: {@code new}, {@code in_review}, {@code confirmed}, {@code dismissed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TriageStatus> find(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The ids, for error messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(TriageStatus::id).toList());
    }
}
