package org.redflag.classifier.normalize;

import java.util.Arrays;

/**
 * Builds the output of one pass from its source text (the original string or the previous pass's
 * {@link OffsetBuffer}). Each appended character names the source characters {@code [from, to]} it stands for; the
 * builder turns them into spans of the original. While every output character {@code j} stands for source character
 * {@code j} alone, no spans are written and the result shares the source's map. At the first join, drop or expansion
 * the output keeps the source's identity prefix (or copies the source's stored spans so far) and writes spans from
 * then on. Not thread-safe.
 */
final class OffsetBuilder {
    private final int sourcePrefix;
    private final int[] sourceStarts;
    private final int[] sourceEnds;
    private char[] chars;
    private int length;
    private int prefix = OffsetBuffer.ALL;
    private int[] starts;
    private int[] ends;

    /** A builder reading the original text directly (the first pass). */
    OffsetBuilder(int capacity) {
        this(capacity, OffsetBuffer.ALL, null, null);
    }

    /** A builder reading {@code source}. */
    OffsetBuilder(int capacity, OffsetBuffer source) {
        this(capacity, source.prefix(), source.starts(), source.ends());
    }

    private OffsetBuilder(int capacity, int sourcePrefix, int[] sourceStarts, int[] sourceEnds) {
        this.sourcePrefix = sourcePrefix;
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
        if (to <= sourcePrefix) {
            for (int m = 0; m < count; m++) {
                starts[length + m] = from + m;
                ends[length + m] = from + m + 1;
            }
        } else if (from >= sourcePrefix) {
            System.arraycopy(sourceStarts, from, starts, length, count);
            System.arraycopy(sourceEnds, from, ends, length, count);
        } else {
            for (int m = 0; m < count; m++) {
                starts[length + m] = sourceStart(from + m);
                ends[length + m] = sourceEnd(from + m);
            }
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
        starts[length] = sourceStart(from);
        ends[length] = sourceEnd(to);
        chars[length++] = c;
    }

    private int sourceStart(int j) {
        return j < sourcePrefix ? j : sourceStarts[j];
    }

    private int sourceEnd(int j) {
        return j < sourcePrefix ? j + 1 : sourceEnds[j];
    }

    int length() {
        return length;
    }

    char charAt(int j) {
        return chars[j];
    }

    OffsetBuffer build() {
        return starts == null
                ? new OffsetBuffer(chars, length, sourcePrefix, sourceStarts, sourceEnds, null)
                : new OffsetBuffer(chars, length, prefix, starts, ends, null);
    }

    /**
     * The output no longer lines up with the source. Its characters so far have the source's spans: an identity
     * prefix as long as the source's, then the source's stored spans, copied.
     */
    private void leaveStep() {
        starts = new int[chars.length];
        ends = new int[chars.length];
        prefix = Math.min(length, sourcePrefix);
        if (length > prefix) {
            System.arraycopy(sourceStarts, prefix, starts, prefix, length - prefix);
            System.arraycopy(sourceEnds, prefix, ends, prefix, length - prefix);
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
