package org.crossforce.identity.resolution;

import org.crossforce.identity.Field;

/** The levels of all fields of one comparison packed into an int, four bits a field. */
final class Patterns {

    private Patterns() {
    }

    static int pack(int[] levels) {
        int p = 0;
        for (int f = 0; f < levels.length; f++) {
            p |= (levels[f] + 1) << (4 * f);
        }
        return p;
    }

    static int level(int pattern, int field) {
        return ((pattern >>> (4 * field)) & 0xF) - 1;
    }

    static int[] unpack(int pattern) {
        int[] levels = new int[Comparer.FIELDS];
        for (int f = 0; f < levels.length; f++) {
            levels[f] = level(pattern, f);
        }
        return levels;
    }

    /** The weight of a pattern under a model, before any adjustment for how common a name is. */
    static double weight(Model model, int pattern) {
        double w = 0;
        for (Field field : Field.values()) {
            w += model.weight(field, level(pattern, field.ordinal()));
        }
        return w;
    }
}
