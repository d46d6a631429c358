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
}
