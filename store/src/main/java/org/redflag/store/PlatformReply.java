package org.redflag.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the platform hosting an ad answered to the flag report on it, stored with the ad.
 *
 * @param state      {@code open}, {@code acknowledged} or {@code actioned}
 * @param action     the action the platform took, "" until one is reported
 * @param note       the platform's note, "" when none
 * @param respondent who answered, "" while open
 * @param updatedAt  when the state last changed (the ad's first-seen time while open)
 */
public record PlatformReply(String state, String action, String note, String respondent, Instant updatedAt) {
    public static final String OPEN = "open";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String ACTIONED = "actioned";
    /** Every state. */
    public static final Set<String> STATES = Set.of(OPEN, ACKNOWLEDGED, ACTIONED);

    public PlatformReply {
        checkState(state);
        action = Objects.requireNonNullElse(action, "");
        note = Objects.requireNonNullElse(note, "");
        respondent = Objects.requireNonNullElse(respondent, "");
        Objects.requireNonNull(updatedAt, "PlatformReply.updatedAt");
    }

    /** No answer yet. */
    public static PlatformReply open(Instant since) {
        return new PlatformReply(OPEN, "", "", "", since);
    }

    static void checkState(String state) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("Unknown platform reply state '" + state + "': expected one of "
                    + List.of(OPEN, ACKNOWLEDGED, ACTIONED));
        }
    }
}
