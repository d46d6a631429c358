package org.redflag.store.elasticsearch;

import java.util.List;

/**
 * Near-duplicate search on 64-bit fingerprints: the fingerprint is indexed as four 16-bit bands
 * ({@code "<band>:<hex>"}). Two fingerprints at most 3 bits apart share at least one band (four bands, at most three
 * of them touched), so querying any band finds every candidate within distance 3; the Hamming distance is then
 * checked exactly. Larger distances are searched the same way and may miss pairs whose differences touch all four
 * bands.
 */
final class FingerprintBands {
    static final int BANDS = 4;
    /** The largest distance for which the band query finds every match. */
    static final int EXACT_UP_TO = BANDS - 1;

    private FingerprintBands() {
    }

    static List<String> of(long fingerprint) {
        String[] bands = new String[BANDS];
        for (int band = 0; band < BANDS; band++) {
            int bits = (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
            bands[band] = band + ":" + String.format("%04x", bits);
        }
        return List.of(bands);
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
