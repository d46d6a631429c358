package org.redflag.classifier.normalize;

import java.util.Arrays;

/**
 * A growing text in which every character remembers the span of the original input it came from. Normalisation
 * passes read one buffer and append to the next, so offsets survive any number of passes. Not thread-safe.
 */
final class OffsetBuffer {
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;

    OffsetBuffer(int capacity) {
        int c = Math.max(16, capacity);
        chars = new char[c];
        starts = new int[c];
        ends = new int[c];
    }

    /** A buffer holding the input itself, each character mapped to its own position. */
    static OffsetBuffer of(String input) {
        OffsetBuffer b = new OffsetBuffer(input.length());
        for (int i = 0; i < input.length(); i++) {
            b.append(input.charAt(i), i, i + 1);
        }
        return b;
    }

    void append(char c, int start, int end) {
        if (length == chars.length) {
            int n = length * 2;
            chars = Arrays.copyOf(chars, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        chars[length] = c;
        starts[length] = start;
        ends[length] = end;
        length++;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Drops the last character (used when collapsing separators). */
    void dropLast() {
        length--;
    }

    NormalizedText toText(String original) {
        return new NormalizedText(original, new String(chars, 0, length), Arrays.copyOf(starts, length),
                Arrays.copyOf(ends, length));
    }
}
