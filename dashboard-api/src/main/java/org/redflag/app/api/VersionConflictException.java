package org.redflag.app.api;

/** An ad changed between reading it and writing it back; re-read it and apply the change again. */
public class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String adId;
    private final String expectedVersion;

    public VersionConflictException(String adId, String expectedVersion, Throwable cause) {
        super("Ad '" + adId + "' changed since version " + expectedVersion + " was read", cause);
        this.adId = adId;
        this.expectedVersion = expectedVersion;
    }

    public String adId() {
        return adId;
    }

    public String expectedVersion() {
        return expectedVersion;
    }
}
