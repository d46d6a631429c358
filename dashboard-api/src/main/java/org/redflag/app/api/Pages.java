package org.redflag.app.api;

import java.util.List;

/** Paging limits and the JSON shape of a page of results. */
final class Pages {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;

    private Pages() {
    }

    /** {@code total} matches in all; {@code items} is this page of them. */
    record Page<T>(long total, List<T> items) {
    }
}
