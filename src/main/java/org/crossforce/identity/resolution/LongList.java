package org.crossforce.identity.resolution;

import java.util.Arrays;

/** A growable list of longs, for candidate pairs packed as {@code i << 32 | j}. */
final class LongList {

    private long[] values;
    private int size;

    LongList() {
        values = new long[1024];
    }

    LongList(long[] initial) {
        values = initial.length == 0 ? new long[16] : initial;
        size = initial.length;
    }

    long get(int index) {
        return values[index];
    }

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
