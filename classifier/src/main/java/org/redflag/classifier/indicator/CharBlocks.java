package org.redflag.classifier.indicator;

/**
 * Which ASCII characters occur in each block of {@value #BLOCK} characters of a text, as two 64-bit masks per block,
 * so that "does this window contain one of these characters" costs one mask test per block instead of one per
 * character. Blocks are summarised on first use, so a field pays only for the blocks its pattern windows touch.
 * Blocks that only partly overlap a window count whole, so a test may say yes for a character just outside the
 * window, never no for one inside it. Reused across the fields of one ad; not thread-safe.
 */
final class CharBlocks {
    static final int BLOCK = 16;
    private static final int SHIFT = 4;
    private char[] text;
    private int length;
    private long[] low = new long[0];
    private long[] high = new long[0];
    /** The generation in which a block was summarised; blocks of an earlier text are stale. */
    private int[] done = new int[0];
    private int generation;

    /** Starts on {@code text[0, length)}; the array must not change while this text is in use. */
    void reset(char[] text, int length) {
        this.text = text;
        this.length = length;
        int blocks = (length + BLOCK - 1) >> SHIFT;
        if (low.length < blocks) {
            low = new long[blocks + blocks / 2];
            high = new long[low.length];
            done = new int[low.length];
        }
        generation++;
    }

    /** Whether a character of the ASCII set {@code (lo, hi)} may occur in {@code [from, to)} of the text. */
    boolean mayContain(int from, int to, long lo, long hi) {
        if (from >= to) {
            return false;
        }
        for (int b = from >> SHIFT, last = (to - 1) >> SHIFT; b <= last; b++) {
            if (done[b] != generation) {
                summarise(b);
            }
            if ((low[b] & lo) != 0 || (high[b] & hi) != 0) {
                return true;
            }
        }
        return false;
    }

    private void summarise(int b) {
        long lo = 0;
        long hi = 0;
        for (int i = b << SHIFT, end = Math.min(length, i + BLOCK); i < end; i++) {
            char c = text[i];
            long bit = 1L << c;
            lo |= c < 64 ? bit : 0;
            hi |= c >= 64 && c < 128 ? bit : 0;
        }
        low[b] = lo;
        high[b] = hi;
        done[b] = generation;
    }
}
