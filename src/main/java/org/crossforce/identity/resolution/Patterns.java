package org.crossforce.identity.resolution;

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
}
