package org.redflag.classifier.language;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The language model's parameters indexed by character n-grams of up to three BMP characters packed into a long, in
 * an open-addressing table. Replaces look-ups by String, whose hash codes for 1- to 3-character strings crowd into
 * few buckets. Immutable after construction; thread-safe.
 */
final class NgramTable {
    private final long[] keys;
    private final int[][] outcomes;
    private final float[][] weights;
    private final int mask;

    private NgramTable(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, -1);
        outcomes = new int[capacity][];
        weights = new float[capacity][];
        mask = capacity - 1;
    }

    static NgramTable of(Map<String, Context> pmap) {
        NgramTable t = new NgramTable(Integer.highestOneBit(Math.max(16, pmap.size())) * 4);
        pmap.forEach((gram, context) -> {
            if (gram.length() >= 1 && gram.length() <= 3) {
                double[] p = context.getParameters();
                float[] w = new float[p.length];
                for (int k = 0; k < p.length; k++) {
                    w[k] = (float) p[k];
                }
                t.put(key(gram, 0, gram.length()), context.getOutcomes(), w);
            }
        });
        return t;
    }

    /** The key of {@code text.substring(from, from + n)}. */
    static long key(CharSequence text, int from, int n) {
        long k = n;
        for (int i = from; i < from + n; i++) {
            k = (k << 16) | text.charAt(i);
        }
        return k;
    }

    private void put(long key, int[] o, float[] w) {
        int h = slot(key);
        while (keys[h] != -1) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        outcomes[h] = o;
        weights[h] = w;
    }

    /** Adds the parameters of the n-gram, if the model knows it, to the per-language sums. */
    void addTo(long key, double[] sums) {
        int h = slot(key);
        while (keys[h] != -1) {
            if (keys[h] == key) {
                int[] o = outcomes[h];
                float[] w = weights[h];
                for (int k = 0; k < o.length; k++) {
                    sums[o[k]] += w[k];
                }
                return;
            }
            h = (h + 1) & mask;
        }
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 31)) & mask;
    }
}
