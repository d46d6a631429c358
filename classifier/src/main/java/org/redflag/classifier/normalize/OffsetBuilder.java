package org.redflag.classifier.normalize;

import java.util.Arrays;

/**
 * Builds the output of one pass from its source text (the original string or the previous pass's
 * {@link OffsetBuffer}). Each appended character names the source characters {@code [from, to]} it stands for; the
 * builder turns them into spans of the original. While every output character {@code j} stands for source character
 * {@code j} alone, no spans are written at all and the result shares the source's maps: only the first join, drop or
 * expansion makes the builder copy the spans so far and write spans from then on. Not thread-safe.
 */
final class OffsetBuilder {
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private char[] chars;
    private int length;
    private int[] starts;
    private int[] ends;

    /** A builder reading the original text directly (the first pass). */
    OffsetBuilder(int capacity) {
        this(capacity, null, null);
    }

    /** A builder reading {@code source}. */
    OffsetBuilder(int capacity, OffsetBuffer source) {
        this(capacity, source.starts(), source.ends());
    }

    private OffsetBuilder(int capacity, int[] sourceStarts, int[] sourceEnds) {
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
        this.chars = new char[Math.max(16, capacity)];
    }

    /**
     * Appends the source characters {@code [from, to)} unchanged, each standing for itself: the bulk copy that keeps
     * the passes from paying a call and three array writes per unchanged character.
     */
    void appendRun(char[] source, int from, int to) {
        int count = to - from;
        if (length + count > chars.length) {
            growTo(length + count);
        }
        if (starts == null) {
            if (from == length) {
                System.arraycopy(source, from, chars, length, count);
                length += count;
                return;
            }
            leaveStep();
        }
        System.arraycopy(source, from, chars, length, count);
        if (sourceStarts == null) {
            for (int m = 0; m < count; m++) {
                starts[length + m] = from + m;
                ends[length + m] = from + m + 1;
            }
        } else {
            System.arraycopy(sourceStarts, from, starts, length, count);
            System.arraycopy(sourceEnds, from, ends, length, count);
        }
        length += count;
    }

    /** Appends {@code c}, standing for the source characters {@code from} to {@code to}, both included. */
    void append(char c, int from, int to) {
        if (length == chars.length) {
            growTo(length + 1);
        }
        if (starts == null) {
            if (from == length && to == length) {
                chars[length++] = c;
                return;
            }
            leaveStep();
        }
        starts[length] = sourceStarts == null ? from : sourceStarts[from];
        ends[length] = sourceEnds == null ? to + 1 : sourceEnds[to];
        chars[length++] = c;
    }

    int length() {
        return length;
    }

    char charAt(int j) {
        return chars[j];
    }

    OffsetBuffer build() {
        return starts == null
                ? new OffsetBuffer(chars, length, sourceStarts, sourceEnds, null)
                : new OffsetBuffer(chars, length, starts, ends, null);
    }

    /** The output no longer lines up with the source: write out the spans of the characters so far. */
    private void leaveStep() {
        starts = new int[chars.length];
        ends = new int[chars.length];
        for (int j = 0; j < length; j++) {
            starts[j] = sourceStarts == null ? j : sourceStarts[j];
            ends[j] = sourceEnds == null ? j + 1 : sourceEnds[j];
        }
    }

    private void growTo(int minimum) {
        int n = Math.max(minimum, chars.length * 2);
        chars = Arrays.copyOf(chars, n);
        if (starts != null) {
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
    }
}
