package org.redflag.app.api;

import java.time.Instant;
import java.util.Objects;

/** A note an analyst wrote on an ad. {@code author} is the key holder's name. */
public record TriageNote(Instant at, String author, String text) {
    public TriageNote {
        Objects.requireNonNull(at, "TriageNote.at");
        Objects.requireNonNull(author, "TriageNote.author");
        Objects.requireNonNull(text, "TriageNote.text");
    }
}
