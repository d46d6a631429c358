package org.redflag.crawler.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** What a run's stages report about the run as a whole: cancelled, incomplete, and notes for the operator. */
final class RunState {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean incomplete = new AtomicBoolean();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    void cancel() {
        cancelled.set(true);
    }

    boolean cancelled() {
        return cancelled.get();
    }

    /** Something was not seen that should have been: the removal sweep must not run. */
    void incomplete(String note) {
        incomplete.set(true);
        if (!note.isEmpty()) {
            notes.add(note);
        }
    }

    boolean isIncomplete() {
        return incomplete.get();
    }

    void note(String note) {
        notes.add(note);
    }

    /** The first few distinct notes. */
    List<String> notes() {
        synchronized (notes) {
            return notes.stream().distinct().limit(5).toList();
        }
    }
}
