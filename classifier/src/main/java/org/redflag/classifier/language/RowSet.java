package org.redflag.classifier.language;

/**
 * The distinct rows of an {@link NgramTable} that one text touches, listed in ascending order. A bit per row plus a
 * summary bit per 64-row word: adding is a few bit operations, duplicates vanish, and listing skips empty words
 * without scanning them, so no sort is needed. Reused from text to text ({@link #rows} clears the words it visits),
 * so a text costs no allocation; not thread-safe.
 */
final class RowSet {
    private final long[] bits;
    private final long[] summary;

    RowSet(int rows) {
        bits = new long[(rows + 63) >>> 6];
        summary = new long[(bits.length + 63) >>> 6];
    }

    /** The number of rows this set can hold (the rows of the table it was made for, rounded up to 64). */
    int capacity() {
        return bits.length << 6;
    }

    /** Adds a row; -1 (an n-gram the model does not know) is ignored. */
    void add(int row) {
        if (row >= 0) {
            int word = row >>> 6;
            bits[word] |= 1L << row;
            summary[word >>> 6] |= 1L << word;
        }
    }

    /**
     * Writes the rows added since the last call into {@code out} in ascending order, returns how many, and empties the
     * set. {@code out} must have room for every row added.
     */
    int rows(int[] out) {
        int n = 0;
        for (int s = 0; s < summary.length; s++) {
            long words = summary[s];
            summary[s] = 0;
            while (words != 0) {
                int word = (s << 6) + Long.numberOfTrailingZeros(words);
                words &= words - 1;
                long b = bits[word];
                bits[word] = 0;
                while (b != 0) {
                    out[n++] = (word << 6) + Long.numberOfTrailingZeros(b);
                    b &= b - 1;
                }
            }
        }
        return n;
    }
}
