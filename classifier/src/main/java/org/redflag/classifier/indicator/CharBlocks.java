package org.redflag.classifier.indicator;

/**
 * Which ASCII characters occur in each block of {@value #BLOCK} characters of a text, as two 64-bit masks per block,
 * so that "does this window contain one of these characters" costs one mask test per block instead of one per
 * character. Blocks that only partly overlap a window count whole, so a test may say yes for a character just outside
 * the window, never no for one inside it. Reused across the fields of one ad; not thread-safe.
 */
final class CharBlocks {
    static final int BLOCK = 16;
    private static final int SHIFT = 4;
    private long[] low = new long[0];
    private long[] high = new long[0];

    /** Indexes {@code text[0, length)}. */
    void index(char[] text, int length) {
        int blocks = (length + BLOCK - 1) >> SHIFT;
        if (low.length < blocks) {
            low = new long[blocks + blocks / 2];
            high = new long[low.length];
        }
        for (int b = 0; b < blocks; b++) {
            long lo = 0;
            long hi = 0;
            for (int i = b << SHIFT, end = Math.min(length, i + BLOCK); i < end; i++) {
                char c = text[i];
                if (c < 64) {
                    lo |= 1L << c;
                } else if (c < 128) {
                    hi |= 1L << c;
                }
            }
            low[b] = lo;
            high[b] = hi;
        }
    }

    /** Whether a character of the ASCII set {@code (lo, hi)} may occur in {@code [from, to)} of the indexed text. */
    boolean mayContain(int from, int to, long lo, long hi) {
        if (from >= to) {
            return false;
        }
        for (int b = from >> SHIFT, last = (to - 1) >> SHIFT; b <= last; b++) {
            if ((low[b] & lo) != 0 || (high[b] & hi) != 0) {
                return true;
            }
        }
        return false;
    }
}
