package org.redflag.store;

import java.time.Instant;
import java.util.Objects;

/** A note an analyst wrote on an ad. */
public record AdNote(Instant at, String author, String text) {
    public AdNote {
        Objects.requireNonNull(at, "AdNote.at");
        Objects.requireNonNull(author, "AdNote.author");
        Objects.requireNonNull(text, "AdNote.text");
    }
}
