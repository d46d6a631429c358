package org.redflag.classifier.language;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The language model's parameters indexed by character n-grams of up to three BMP characters packed into a long.
 * Each n-gram is a row: its parameters lie side by side in one flat array (outcome ids in another), so scoring an
 * n-gram reads one contiguous stretch of memory instead of chasing two small arrays. Rows are numbered in the order
 * of their keys, so that callers can visit the n-grams of a text in key order (the order in which the sums were
 * always added up, which keeps every floating-point sum, and thus every result, bit for bit the same) by sorting
 * row numbers. One-character n-grams are found through a direct table by character; longer ones through an
 * open-addressing table whose slots hold the key and the row side by side. Immutable after construction;
 * thread-safe.
 */
final class NgramTable {
    private static final long EMPTY = -1;
    private final int[] unigramRows = new int[Character.MAX_VALUE + 1];
    /** Pairs of (key, row) for 2- and 3-grams; key {@link #EMPTY} marks a free slot. */
    private final long[] slots;
    private final int mask;
    /** Rows with at least this many outcomes are stored dense: a parameter for every outcome, zeros included. */
    static final int DENSE_FROM = 24;
    private final int outcomes;
    /** A sparse row r's parameters are {@code weights[start[r] .. start[r + 1])} for outcomes {@code outcomeIds[..]}. */
    private final int[] start;
    private final short[] outcomeIds;
    private final float[] weights;
    /** A dense row r's parameters are {@code dense[denseStart[r] + outcome]}; -1 for sparse rows. */
    private final int[] denseStart;
    private final float[] dense;

    private NgramTable(long[] sortedKeys, Map<Long, Context> contexts, int outcomes) {
        this.outcomes = outcomes;
        Arrays.fill(unigramRows, -1);
        int capacity = Integer.highestOneBit(Math.max(16, sortedKeys.length)) * 2;
        slots = new long[capacity * 2];
        mask = capacity - 1;
        for (int i = 0; i < capacity; i++) {
            slots[2 * i] = EMPTY;
        }
        start = new int[sortedKeys.length + 1];
        denseStart = new int[sortedKeys.length];
        int total = 0;
        int denseTotal = 0;
        for (int row = 0; row < sortedKeys.length; row++) {
            start[row] = total;
            int size = contexts.get(sortedKeys[row]).getOutcomes().length;
            denseStart[row] = size >= DENSE_FROM ? denseTotal : -1;
            denseTotal += size >= DENSE_FROM ? outcomes : 0;
            total += size >= DENSE_FROM ? 0 : size;
        }
        start[sortedKeys.length] = total;
        outcomeIds = new short[total];
        weights = new float[total];
        dense = new float[denseTotal];
        for (int row = 0; row < sortedKeys.length; row++) {
            index(sortedKeys[row], row);
            fill(row, contexts.get(sortedKeys[row]));
        }
    }

    /** The table of the 1- to 3-character predicates of an OpenNLP language model's parameter map. */
    static NgramTable of(Map<String, Context> pmap, int outcomes) {
        if (outcomes > Short.MAX_VALUE) {
            throw new IllegalArgumentException("Language model has " + outcomes + " outcomes; at most " + Short.MAX_VALUE
                    + " are supported");
        }
        Map<Long, Context> byKey = new java.util.HashMap<>();
        pmap.forEach((gram, context) -> {
            if (gram.length() >= 1 && gram.length() <= 3) {
                byKey.put(key(gram, 0, gram.length()), context);
            }
        });
        long[] keys = byKey.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        return new NgramTable(keys, byKey, outcomes);
    }

    /**
     * The key of {@code text.substring(from, from + n)}: n, then each character in 16 bits. Keys of shorter n-grams
     * sort first, n-grams of the same length in character order.
     */
    static long key(CharSequence text, int from, int n) {
        long k = n;
        for (int i = from; i < from + n; i++) {
            k = (k << 16) | text.charAt(i);
        }
        return k;
    }

    /** The number of rows (n-grams the model knows). */
    int rows() {
        return start.length - 1;
    }

    /** The row of a one-character n-gram, or -1 when the model does not know it. */
    int unigramRow(char c) {
        return unigramRows[c];
    }

    /** The row of the n-gram with this key, or -1 when the model does not know it. */
    int row(long key) {
        if (key >>> 16 == 1) {
            return unigramRows[(int) (key & 0xFFFF)];
        }
        int h = slot(key);
        long k;
        while ((k = slots[2 * h]) != EMPTY) {
            if (k == key) {
                return (int) slots[2 * h + 1];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    /**
     * Adds the parameters of a row to the per-language sums ({@code outcomes} long). A dense row adds zeros for the
     * outcomes it lacks, which leaves those sums exactly as they were.
     */
    void addTo(int row, double[] sums) {
        int d = denseStart[row];
        if (d >= 0) {
            float[] w = dense;
            for (int j = 0; j < sums.length; j++) {
                sums[j] += w[d + j];
            }
            return;
        }
        short[] o = outcomeIds;
        float[] w = weights;
        for (int k = start[row], end = start[row + 1]; k < end; k++) {
            sums[o[k]] += w[k];
        }
    }

    private void index(long key, int row) {
        if (key >>> 16 == 1) {
            unigramRows[(int) (key & 0xFFFF)] = row;
            return;
        }
        int h = slot(key);
        while (slots[2 * h] != EMPTY) {
            h = (h + 1) & mask;
        }
        slots[2 * h] = key;
        slots[2 * h + 1] = row;
    }

    private void fill(int row, Context context) {
        int[] o = context.getOutcomes();
        double[] p = context.getParameters();
        if (denseStart[row] >= 0) {
            for (int k = 0; k < o.length; k++) {
                dense[denseStart[row] + o[k]] = (float) p[k];
            }
            return;
        }
        for (int k = 0; k < o.length; k++) {
            outcomeIds[start[row] + k] = (short) o[k];
            weights[start[row] + k] = (float) p[k];
        }
    }

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 31)) & mask;
    }
}
