package org.redflag.store;

/** No ad is stored with this id. */
public class AdNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String adId;

    public AdNotFoundException(String adId) {
        super("No ad with id '" + adId + "' is stored");
        this.adId = adId;
    }

    public String adId() {
        return adId;
    }
}
