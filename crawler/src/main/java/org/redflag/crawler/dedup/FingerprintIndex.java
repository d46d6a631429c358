package org.redflag.crawler.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fingerprints of the ads of one run, to link reposts that are not in the store yet. Split into four 16-bit bands:
 * two fingerprints within 3 bits agree exactly on at least one band (pigeonhole), so a lookup only compares the
 * ads sharing a band (at most the {@value #MAX_SCAN} most recent per band). Thread-safe.
 */
public final class FingerprintIndex {
    private static final int BANDS = 4;
    /** Candidates compared per band: the most recent ones. Bounds the cost when many ads share a template. */
    private static final int MAX_SCAN = 256;
    private final Map<Long, List<Integer>> bands = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Long> fingerprints = new ArrayList<>();

    public synchronized void add(String id, long fingerprint) {
        int index = ids.size();
        ids.add(id);
        fingerprints.add(fingerprint);
        for (int b = 0; b < BANDS; b++) {
            bands.computeIfAbsent(bandKey(fingerprint, b), k -> new ArrayList<>(1)).add(index);
        }
    }

    /** Ids of ads within {@code maxDistance} (at most 3) bits, other than {@code id}, first added first. */
    public synchronized List<String> near(String id, long fingerprint, int maxDistance) {
        Set<Integer> hits = new java.util.TreeSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<Integer> bucket = bands.getOrDefault(bandKey(fingerprint, b), List.of());
            for (int k = Math.max(0, bucket.size() - MAX_SCAN); k < bucket.size(); k++) {
                int i = bucket.get(k);
                if (SimHash.distance(fingerprints.get(i), fingerprint) <= maxDistance) {
                    hits.add(i);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i : hits) {
            if (!ids.get(i).equals(id)) {
                out.add(ids.get(i));
            }
        }
        return List.copyOf(out);
    }

    private static long bandKey(long fingerprint, int band) {
        return ((long) band << 16) | ((fingerprint >>> (16 * band)) & 0xFFFFL);
    }
}
