package org.redflag.app.api;

/** No ad has the given id. */
public class NoSuchAdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String adId;

    public NoSuchAdException(String adId) {
        super("No ad with id '" + adId + "'");
        this.adId = adId;
    }

    public String adId() {
        return adId;
    }
}
