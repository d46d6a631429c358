package org.redflag.app.api;

import java.time.Instant;
import java.util.Objects;

/**
 * What the platform hosting an ad said about the flag report on it.
 *
 * @param state      open, acknowledged or actioned
 * @param action     the action taken ({@link PlatformAction#id()}), "" until one is reported
 * @param note       the platform's free-text note, "" when none
 * @param respondent the name of the platform key that answered, "" while open
 * @param updatedAt  when the state last changed (the ad's first-seen time while open)
 */
public record PlatformResponse(ReportState state, String action, String note, String respondent, Instant updatedAt) {

    public PlatformResponse {
        Objects.requireNonNull(state, "PlatformResponse.state");
        action = Objects.requireNonNullElse(action, "");
        note = Objects.requireNonNullElse(note, "");
        respondent = Objects.requireNonNullElse(respondent, "");
        Objects.requireNonNull(updatedAt, "PlatformResponse.updatedAt");
    }

    public static PlatformResponse open(Instant since) {
        return new PlatformResponse(ReportState.OPEN, "", "", "", since);
    }
}
