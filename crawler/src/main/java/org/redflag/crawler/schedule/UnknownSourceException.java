package org.redflag.crawler.schedule;

import java.util.Collection;
import java.util.TreeSet;

/** No source has the id asked for. */
public class UnknownSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String sourceId;

    public UnknownSourceException(String sourceId, Collection<String> known) {
        super("No source with id '" + sourceId + "'; known sources: " + new TreeSet<>(known));
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
