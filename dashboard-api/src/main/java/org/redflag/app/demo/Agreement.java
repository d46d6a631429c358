package org.redflag.app.demo;

import java.util.Locale;

/**
 * How the classifier's flags on the crawled sample ads agree with the labels the sample content was written with.
 *
 * @param redflagAds      sample ads written to show red flags that were crawled and stored
 * @param redflagFlagged  of those, how many the classifier flagged
 * @param ordinaryAds     ordinary sample ads crawled and stored
 * @param ordinaryFlagged of those, how many were flagged (false flags)
 * @param notStored       sample ads the store does not hold (not crawled, or not extracted as ads)
 */
public record Agreement(int redflagAds, int redflagFlagged, int ordinaryAds, int ordinaryFlagged, int notStored) {

    public static final Agreement NONE = new Agreement(0, 0, 0, 0, 0);

    public Agreement plus(Agreement other) {
        return new Agreement(redflagAds + other.redflagAds, redflagFlagged + other.redflagFlagged,
                ordinaryAds + other.ordinaryAds, ordinaryFlagged + other.ordinaryFlagged, notStored + other.notStored);
    }

    /** Adds one stored sample ad. */
    Agreement count(DemoAd ad, boolean flagged) {
        int hit = flagged ? 1 : 0;
        return ad.redflag()
                ? new Agreement(redflagAds + 1, redflagFlagged + hit, ordinaryAds, ordinaryFlagged, notStored)
                : new Agreement(redflagAds, redflagFlagged, ordinaryAds + 1, ordinaryFlagged + hit, notStored);
    }

    Agreement countNotStored() {
        return new Agreement(redflagAds, redflagFlagged, ordinaryAds, ordinaryFlagged, notStored + 1);
    }

    /** Share of red-flag ads flagged. */
    public double recall() {
        return ratio(redflagFlagged, redflagAds);
    }

    /** Share of flagged ads that are red-flag ads. */
    public double precision() {
        return ratio(redflagFlagged, redflagFlagged + ordinaryFlagged);
    }

    /** Share of ordinary ads flagged. */
    public double falseFlagRate() {
        return ratio(ordinaryFlagged, ordinaryAds);
    }

    /** One line, e.g. {@code 40 of 44 red-flag ads flagged (recall 0.91), 3 of 127 ordinary ads flagged (0.02)...}. */
    public String describe() {
        String line = String.format(Locale.ROOT,
                "%d of %d red-flag ads flagged (recall %.2f), %d of %d ordinary ads flagged (false-flag rate %.2f), "
                        + "precision %.2f", redflagFlagged, redflagAds, recall(), ordinaryFlagged, ordinaryAds,
                falseFlagRate(), precision());
        return notStored == 0 ? line : line + "; " + notStored + " sample ads not stored";
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
