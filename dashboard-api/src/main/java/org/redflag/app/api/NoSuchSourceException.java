package org.redflag.app.api;

/** No source has the given id. */
public class NoSuchSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceId;

    public NoSuchSourceException(String sourceId) {
        super("No source with id '" + sourceId + "'");
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
