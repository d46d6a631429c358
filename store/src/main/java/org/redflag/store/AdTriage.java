package org.redflag.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The analysts' review of one ad, stored with it.
 *
 * @param status    {@code new}, {@code in_review}, {@code confirmed} or {@code dismissed}
 * @param assignee  who works on it, "" when nobody
 * @param notes     notes, oldest first
 * @param updatedAt when the review last changed (the ad's first-seen time while untouched)
 */
public record AdTriage(String status, String assignee, List<AdNote> notes, Instant updatedAt) {
    public static final String NEW = "new";
    public static final String IN_REVIEW = "in_review";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";
    /** Every status. */
    public static final Set<String> STATUSES = Set.of(NEW, IN_REVIEW, CONFIRMED, DISMISSED);

    public AdTriage {
        checkStatus(status);
        assignee = Objects.requireNonNullElse(assignee, "");
        notes = List.copyOf(notes);
        Objects.requireNonNull(updatedAt, "AdTriage.updatedAt");
    }

    /** An ad nobody has reviewed. */
    public static AdTriage untouched(Instant since) {
        return new AdTriage(NEW, "", List.of(), since);
    }

    static void checkStatus(String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown triage status '" + status + "': expected one of "
                    + List.of(NEW, IN_REVIEW, CONFIRMED, DISMISSED));
        }
    }
}
