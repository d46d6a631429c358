package org.redflag.classifier.model;

import java.util.Arrays;
import java.util.Map;

/**
 * The model's weights as one open-addressing table from {@link FeatureHash} key to the feature's weight for fraud minus
 * its weight for legitimate: a logistic model with two outcomes needs only that difference. Keys and weights sit side
 * by side in one array, so a look-up mostly touches one cache line. Immutable and thread-safe.
 */
final class FeatureWeights {
    /** Marks a free slot; a feature whose key happens to be this value keeps its weight in {@link #emptyKeyWeight}. */
    private static final long EMPTY = 0;
    /** Odd bases tried in turn until the model's features hash without a collision (the first one practically always). */
    private static final long[] BASES = {0x1F3A_5C7B_9E2D_4C61L, 0x0B7E_1516_28AE_D2A7L, 0x13C6_EF37_2FE9_4F85L};

    private final FeatureHash hash;
    private final long[] slots;
    private final int mask;
    private final int shift;
    private double emptyKeyWeight;

    private FeatureWeights(FeatureHash hash, int capacity) {
        this.hash = hash;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    /** Builds the table from feature strings and their (fraud - legit) weights. */
    static FeatureWeights of(Map<String, Double> weights) {
        String[] features = weights.keySet().toArray(String[]::new);
        double[] values = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            values[i] = weights.get(features[i]);
        }
        return of(features, values);
    }

    /** Builds the table from distinct feature strings and, at the same index, their (fraud - legit) weights. */
    static FeatureWeights of(String[] features, double[] weights) {
        for (long base : BASES) {
            FeatureHash hash = new FeatureHash(base);
            long[] keys = new long[features.length];
            for (int i = 0; i < features.length; i++) {
                keys[i] = hash.of(features[i]);
            }
            if (distinct(keys)) {
                int capacity = Integer.highestOneBit(Math.max(8, keys.length * 2 - 1)) << 1; // at most half full
                FeatureWeights table = new FeatureWeights(hash, capacity);
                for (int i = 0; i < keys.length; i++) {
                    table.put(keys[i], weights[i]);
                }
                return table;
            }
        }
        throw new IllegalStateException("Deception model features collide under every hash base ("
                + features.length + " features): add a base to FeatureWeights.BASES");
    }

    private static boolean distinct(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void put(long key, double weight) {
        if (key == EMPTY) {
            emptyKeyWeight = weight;
            return;
        }
        int i = index(key);
        while (slots[2 * i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = Double.doubleToRawLongBits(weight);
    }

    /** The weight of the feature with this key; 0 for a feature the model does not know. */
    double get(long key) {
        int i = index(key);
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return key == EMPTY ? emptyKeyWeight : Double.longBitsToDouble(slots[2 * i + 1]);
            }
            if (k == EMPTY) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    /** The weight of a feature given as a string (for the few features scoring still builds as strings). */
    double get(CharSequence feature) {
        return get(hash.of(feature));
    }

    FeatureHash hash() {
        return hash;
    }

    private int index(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }
}
