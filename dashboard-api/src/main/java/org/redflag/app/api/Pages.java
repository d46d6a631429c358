package org.redflag.app.api;

import java.util.List;

/** Paging limits and the JSON shape of a page of results. */
final class Pages {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;

    private Pages() {
    }

    /** Refuses pages beyond the first {@value #MAX_OFFSET} results, which the store cannot reach. */
    static int checkWindow(int offset, int limit) {
        if (offset + limit > MAX_OFFSET) {
            throw ApiException.invalidParameter("offset", Integer.toString(offset), "offset + limit at most "
                    + MAX_OFFSET + "; narrow the filters instead of paging this deep");
        }
        return offset;
    }

    /** {@code total} matches in all; {@code items} is this page of them. */
    record Page<T>(long total, List<T> items) {
    }
}
