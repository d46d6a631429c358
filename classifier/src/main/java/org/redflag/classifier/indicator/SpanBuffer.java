package org.redflag.classifier.indicator;

import java.util.Arrays;

/**
 * A growable list of (key, start, end) triples in one int array, so that recording a match allocates nothing once the
 * buffer has grown to the size a field needs. Reused across the fields of one ad; not thread-safe.
 */
final class SpanBuffer {
    private int[] data = new int[24];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int key, int start, int end) {
        int at = 3 * size;
        if (at + 3 > data.length) {
            data = Arrays.copyOf(data, 2 * data.length);
        }
        data[at] = key;
        data[at + 1] = start;
        data[at + 2] = end;
        size++;
    }

    int size() {
        return size;
    }

    int key(int i) {
        return data[3 * i];
    }

    int start(int i) {
        return data[3 * i + 1];
    }

    int end(int i) {
        return data[3 * i + 2];
    }

    /** For triples added in order of end position: the last one ending at or before {@code position}, or -1. */
    int lastEndingBy(int position) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (data[3 * mid + 2] <= position) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }
}
