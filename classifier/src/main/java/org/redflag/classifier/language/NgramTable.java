package org.redflag.classifier.language;

import java.util.Arrays;

/**
 * The language model's parameters indexed by character n-grams of up to three BMP characters packed into a long.
 * Each n-gram is a row: its parameters lie side by side in one flat array (outcome ids in another), so scoring an
 * n-gram reads one contiguous stretch of memory instead of chasing two small arrays. Rows are numbered in the order
 * of their keys, so that callers can visit the n-grams of a text in key order (the order in which the sums were
 * always added up, which keeps every floating-point sum, and thus every result, bit for bit the same) by sorting
 * row numbers. One-character n-grams are found through a direct table by character; 2- and 3-grams of the space
 * and the letters a to z (most n-grams of most ads) through direct tables of a few dozen kilobytes that stay in
 * cache; other n-grams through an open-addressing table whose slots hold the key and the row side by side.
 * Immutable after construction; thread-safe.
 */
final class NgramTable {
    private static final long EMPTY = -1;
    private final int[] unigramRows = new int[Character.MAX_VALUE + 1];
    /** The symbols of the direct 2- and 3-gram tables: the space, then a to z. */
    private static final int SYMBOLS = 27;
    /** The symbol of an ASCII character, -1 for characters outside the direct tables. */
    private static final byte[] SYMBOL = new byte[128];
    private final int[] bigramRows = new int[SYMBOLS * SYMBOLS];
    private final int[] trigramRows = new int[SYMBOLS * SYMBOLS * SYMBOLS];
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

    /**
     * Lays out the rows in key order from predicates given in any order: predicate {@code p} has key
     * {@code keys[p]} and parameters {@code weights[from[p] .. from[p + 1])} for outcomes {@code ids[..]}.
     */
    static {
        Arrays.fill(SYMBOL, (byte) -1);
        SYMBOL[' '] = 0;
        for (char c = 'a'; c <= 'z'; c++) {
            SYMBOL[c] = (byte) (c - 'a' + 1);
        }
    }

    private NgramTable(long[] keys, int[] from, short[] ids, float[] parameters, int count, int outcomes) {
        this.outcomes = outcomes;
        Arrays.fill(unigramRows, -1);
        int capacity = Integer.highestOneBit(Math.max(16, count)) * 2;
        slots = new long[capacity * 2];
        mask = capacity - 1;
        for (int i = 0; i < capacity; i++) {
            slots[2 * i] = EMPTY;
        }
        int[] predicateOfRow = rowOrder(keys, count);
        start = new int[count + 1];
        denseStart = new int[count];
        int total = 0;
        int denseTotal = 0;
        for (int row = 0; row < count; row++) {
            int p = predicateOfRow[row];
            int size = from[p + 1] - from[p];
            start[row] = total;
            denseStart[row] = size >= DENSE_FROM ? denseTotal : -1;
            denseTotal += size >= DENSE_FROM ? outcomes : 0;
            total += size >= DENSE_FROM ? 0 : size;
        }
        start[count] = total;
        outcomeIds = new short[total];
        weights = new float[total];
        dense = new float[denseTotal];
        for (int row = 0; row < count; row++) {
            int p = predicateOfRow[row];
            index(keys[p], row);
            if (denseStart[row] >= 0) {
                for (int k = from[p]; k < from[p + 1]; k++) {
                    dense[denseStart[row] + ids[k]] = parameters[k];
                }
            } else {
                System.arraycopy(ids, from[p], outcomeIds, start[row], from[p + 1] - from[p]);
                System.arraycopy(parameters, from[p], weights, start[row], from[p + 1] - from[p]);
            }
        }
        char[] symbols = new char[SYMBOLS];
        for (char c = 0; c < SYMBOL.length; c++) {
            if (SYMBOL[c] >= 0) {
                symbols[SYMBOL[c]] = c;
            }
        }
        for (int x = 0; x < SYMBOLS; x++) {
            for (int y = 0; y < SYMBOLS; y++) {
                long bigram = (long) symbols[x] << 16 | symbols[y];
                bigramRows[x * SYMBOLS + y] = row((2L << 32) | bigram);
                for (int z = 0; z < SYMBOLS; z++) {
                    trigramRows[(x * SYMBOLS + y) * SYMBOLS + z] = row((3L << 48) | bigram << 16 | symbols[z]);
                }
            }
        }
    }

    /** For each row (rank of a key in ascending order), the predicate holding that key. */
    private static int[] rowOrder(long[] keys, int count) {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        int[] predicateOfRow = new int[count];
        for (int p = 0; p < count; p++) {
            int row = Arrays.binarySearch(sorted, keys[p]);
            if (row > 0 && sorted[row - 1] == keys[p] || row + 1 < count && sorted[row + 1] == keys[p]) {
                throw new IllegalArgumentException("Language model lists the n-gram with key " + keys[p] + " twice");
            }
            predicateOfRow[row] = p;
        }
        return predicateOfRow;
    }

    /**
     * Collects the 1- to 3-character predicates of a language model as {@link LangdetectModelFile} reads them, into
     * flat growing arrays (no map, no object per n-gram), and then lays them out as a table. Longer predicates are
     * skipped: the identifier never looks them up.
     */
    static final class Builder implements LangdetectModelFile.ParameterSink {
        private long[] keys = new long[1 << 14];
        private int[] from = new int[(1 << 14) + 1];
        private short[] ids = new short[1 << 16];
        private float[] parameters = new float[1 << 16];
        private int count;

        @Override
        public void expect(int predicates, int parameterCount) {
            keys = Arrays.copyOf(keys, Math.max(keys.length, predicates));
            from = Arrays.copyOf(from, keys.length + 1);
            ids = Arrays.copyOf(ids, Math.max(ids.length, parameterCount));
            parameters = Arrays.copyOf(parameters, ids.length);
        }

        @Override
        public void accept(String ngram, int[] outcomeIds, double[] values) {
            if (ngram.isEmpty() || ngram.length() > 3) {
                return;
            }
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, 2 * count);
                from = Arrays.copyOf(from, 2 * count + 1);
            }
            int at = from[count];
            int end = at + outcomeIds.length;
            if (end > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(end, 2 * ids.length));
                parameters = Arrays.copyOf(parameters, ids.length);
            }
            for (int k = 0; k < outcomeIds.length; k++) {
                ids[at + k] = (short) outcomeIds[k];
                parameters[at + k] = (float) values[k];
            }
            keys[count++] = key(ngram, 0, ngram.length());
            from[count] = end;
        }

        /** The table, for a model with this many outcomes (all outcome ids given must be below it). */
        NgramTable build(int outcomes) {
            if (outcomes > Short.MAX_VALUE) {
                throw new IllegalArgumentException("Language model has " + outcomes + " outcomes; at most "
                        + Short.MAX_VALUE + " are supported");
            }
            for (int k = 0; k < from[count]; k++) {
                if (ids[k] < 0 || ids[k] >= outcomes) {
                    throw new IllegalArgumentException("Language model names outcome " + ids[k] + " of " + outcomes);
                }
            }
            return new NgramTable(keys, from, ids, parameters, count, outcomes);
        }
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

    /** The row of the two-character n-gram {@code ab}, or -1 when the model does not know it. */
    int bigramRow(char a, char b) {
        int x = a < 128 ? SYMBOL[a] : -1;
        int y = b < 128 ? SYMBOL[b] : -1;
        return (x | y) >= 0 ? bigramRows[x * SYMBOLS + y] : row((2L << 32) | (long) a << 16 | b);
    }

    /** The row of the three-character n-gram {@code abc}, or -1 when the model does not know it. */
    int trigramRow(char a, char b, char c) {
        int x = a < 128 ? SYMBOL[a] : -1;
        int y = b < 128 ? SYMBOL[b] : -1;
        int z = c < 128 ? SYMBOL[c] : -1;
        return (x | y | z) >= 0
                ? trigramRows[(x * SYMBOLS + y) * SYMBOLS + z]
                : row((3L << 48) | (long) a << 32 | (long) b << 16 | c);
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
     * Adds the parameters of these rows, in the order given, to the per-language sums ({@code outcomes} long). A dense
     * row adds zeros for the outcomes it lacks, which leaves those sums exactly as they were. Runs of dense rows are
     * added four at a time in one pass over the languages: each sum still receives the same additions in the same
     * order (so the result is bit for bit that of adding row by row), with a quarter of the loads and stores of the
     * sums and four rows streaming from memory at once.
     */
    void addTo(int[] rows, int count, double[] sums) {
        int i = 0;
        while (i < count) {
            int a = denseStart[rows[i]];
            if (a >= 0 && i + 3 < count) {
                int b = denseStart[rows[i + 1]];
                int c = denseStart[rows[i + 2]];
                int d = denseStart[rows[i + 3]];
                if (b >= 0 && c >= 0 && d >= 0) {
                    addDense(a, b, c, d, sums);
                    i += 4;
                    continue;
                }
            }
            addTo(rows[i++], sums);
        }
    }

    private void addDense(int a, int b, int c, int d, double[] sums) {
        float[] w = dense;
        for (int j = 0; j < outcomes; j++) {
            double x = sums[j];
            x += w[a + j];
            x += w[b + j];
            x += w[c + j];
            x += w[d + j];
            sums[j] = x;
        }
    }

    private void addTo(int row, double[] sums) {
        int d = denseStart[row];
        if (d >= 0) {
            float[] w = dense;
            for (int j = 0; j < outcomes; j++) {
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

    private int slot(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 31)) & mask;
    }
}
