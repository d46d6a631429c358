package org.redflag.store;

/** The review of an ad changed between reading it and writing it back; re-read it and apply the change again. */
public class AdVersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String adId;
    private final String expectedVersion;
    private final String actualVersion;

    public AdVersionConflictException(String adId, String expectedVersion, String actualVersion) {
        super("The review of ad '" + adId + "' is at version " + actualVersion + ", not " + expectedVersion
                + ": someone changed it; read it again");
        this.adId = adId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String adId() {
        return adId;
    }

    public String expectedVersion() {
        return expectedVersion;
    }

    public String actualVersion() {
        return actualVersion;
    }
}
