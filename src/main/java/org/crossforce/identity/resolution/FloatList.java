package org.crossforce.identity.resolution;

import java.util.Arrays;

/** A growable list of floats: the weight of each candidate pair. */
final class FloatList {

    private float[] values;
    private int size;

    FloatList(float[] initial) {
        values = initial.length == 0 ? new float[16] : initial;
        size = initial.length;
    }

    void add(float value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    float get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }
}
