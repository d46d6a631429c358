package org.redflag.app.api;

/** A crawl of the source is running already; a source never runs twice at once. */
public class SourceBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceId;

    public SourceBusyException(String sourceId) {
        super("Source '" + sourceId + "' is being crawled now");
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
