package org.redflag.classifier.language;

/**
 * The distinct rows of an {@link NgramTable} that one text touches, visited in ascending order. A bit per row plus a
 * summary bit per 64-row word: adding is a few bit operations, duplicates vanish, and the visit skips empty words
 * without scanning them, so no sort is needed. One instance per text; not thread-safe.
 */
final class RowSet {
    private final long[] bits;
    private final long[] summary;

    RowSet(int rows) {
        bits = new long[(rows + 63) >>> 6];
        summary = new long[(bits.length + 63) >>> 6];
    }

    /** Adds a row; -1 (an n-gram the model does not know) is ignored. */
    void add(int row) {
        if (row >= 0) {
            int word = row >>> 6;
            bits[word] |= 1L << row;
            summary[word >>> 6] |= 1L << word;
        }
    }

    /** Adds the parameters of every row, in ascending row order, to the per-language sums. */
    void addParametersTo(NgramTable table, double[] sums) {
        for (int s = 0; s < summary.length; s++) {
            long words = summary[s];
            while (words != 0) {
                int word = (s << 6) + Long.numberOfTrailingZeros(words);
                words &= words - 1;
                long b = bits[word];
                while (b != 0) {
                    table.addTo((word << 6) + Long.numberOfTrailingZeros(b), sums);
                    b &= b - 1;
                }
            }
        }
    }
}
