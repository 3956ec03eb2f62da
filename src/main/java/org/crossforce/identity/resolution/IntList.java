package org.crossforce.identity.resolution;

import java.util.Arrays;

/** A growable list of ints, without boxing: blocks hold millions of record indexes. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int last() {
        return values[size - 1];
    }
}
