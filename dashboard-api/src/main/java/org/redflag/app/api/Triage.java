package org.redflag.app.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's review of one ad.
 *
 * @param status    where the review stands
 * @param assignee  who works on it, "" when nobody
 * @param notes     notes, oldest first
 * @param updatedAt when the review last changed (the ad's first-seen time while untouched)
 */
public record Triage(TriageStatus status, String assignee, List<TriageNote> notes, Instant updatedAt) {

    public Triage {
        Objects.requireNonNull(status, "Triage.status");
        assignee = Objects.requireNonNullElse(assignee, "");
        notes = List.copyOf(notes);
        Objects.requireNonNull(updatedAt, "Triage.updatedAt");
    }

    /** An ad nobody has reviewed. */
    public static Triage untouched(Instant since) {
        return new Triage(TriageStatus.NEW, "", List.of(), since);
    }

    public Triage withStatus(TriageStatus newStatus, Instant at) {
        return new Triage(newStatus, assignee, notes, at);
    }

    public Triage withAssignee(String newAssignee, Instant at) {
        return new Triage(status, newAssignee, notes, at);
    }

    public Triage withNote(TriageNote note) {
        List<TriageNote> all = new ArrayList<>(notes);
        all.add(note);
        return new Triage(status, assignee, all, note.at());
    }
}
