package org.crossforce.identity.resolution;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.crossforce.identity.Field;

/**
 * The level each field of two records reaches ({@link Field}). Names are compared in whichever
 * order fits better, since one system's forename is sometimes another's surname.
 */
final class Comparer {

    static final int FIELDS = Field.values().length;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final double CLOSE = 0.92;
    private static final double FAIR = 0.80;

    private final Nicknames nicknames;

    Comparer(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    /** Levels in {@link Field} order, {@link Field#MISSING} where either record lacks the field. */
    int[] compare(Features a, Features b) {
        int[] levels = new int[FIELDS];
        boolean swapped = swapped(a, b);
        levels[Field.FORENAME.ordinal()] = swapped ? forename(a.forename, b.surname, a, b) : forename(a.forename, b.forename, a, b);
        levels[Field.SURNAME.ordinal()] = swapped ? surnameSwapped(a, b) : surname(a, b);
        levels[Field.BIRTH.ordinal()] = birth(a, b);
        levels[Field.ADDRESS.ordinal()] = address(a, b);
        levels[Field.PHONE.ordinal()] = shared(a.phones, b.phones);
        levels[Field.EMAIL.ordinal()] = shared(a.emails, b.emails);
        levels[Field.VEHICLE.ordinal()] = shared(a.vrms, b.vrms);
        levels[Field.PNC.ordinal()] = shared(a.pncs, b.pncs);
        return levels;
    }

    /** Whether b's names fit a's the other way round: "SMYTH Jonathan" in the forename field. */
    static boolean swapped(Features a, Features b) {
        if (a.forename == null || a.surname == null || b.forename == null || b.surname == null
                || a.forename.length() == 1 || b.forename.length() == 1) {
            return false;
        }
        double straight = similarity(a.forename, b.forename) + similarity(a.surname, b.surname);
        double across = similarity(a.forename, b.surname) + similarity(a.surname, b.forenamesJoined);
        return across > straight + 0.2 && similarity(a.forename, b.surname) >= CLOSE
                && similarity(a.surname, b.forenamesJoined) >= CLOSE;
    }

    private int forename(String x, String y, Features a, Features b) {
        if (x == null || y == null) {
            return Field.MISSING;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? 3 : 5;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (nicknames.equivalent(x, y) || otherForename(a, b)) {
            return 1;
        }
        double s = similarity(x, y);
        if (s >= CLOSE || Features.code(x).equals(Features.code(y))) {
            return 2;
        }
        return s >= FAIR ? 4 : 5;
    }

    /** "Siobhan Marie" and "Marie": the name one record gives first is another forename of the other's. */
    private static boolean otherForename(Features a, Features b) {
        for (String x : a.forenames) {
            for (String y : b.forenames) {
                if (x.length() > 1 && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int surname(Features a, Features b) {
        if (a.surname == null || b.surname == null) {
            return Field.MISSING;
        }
        if (a.surname.equals(b.surname)) {
            return 0;
        }
        if (part(a, b) || part(b, a)) {
            return 1;
        }
        return similar(a.surname, a.surnameCode, b.surname, b.surnameCode);
    }

    private static int surnameSwapped(Features a, Features b) {
        String x = a.surname;
        String y = b.forenamesJoined;
        if (x.equals(y)) {
            return 0;
        }
        return similar(x, a.surnameCode, y, Features.code(y));
    }

    private static int similar(String x, String xCode, String y, String yCode) {
        double s = similarity(x, y);
        if (s >= CLOSE || xCode != null && xCode.equals(yCode) && s >= FAIR) {
            return 2;
        }
        return s >= FAIR ? 3 : 4;
    }

    /** One part of a's double-barrelled surname is b's surname or one of its parts. */
    private static boolean part(Features a, Features b) {
        if (a.surnameParts.length < 2) {
            return false;
        }
        for (String p : a.surnameParts) {
            if (p.length() > 1 && (p.equals(b.surname) || contains(b.surnameParts, p))) {
                return true;
            }
        }
        return false;
    }

    static int birth(Features a, Features b) {
        if (a.year == 0 || b.year == 0) {
            return Field.MISSING;
        }
        if (!a.hasDate() || !b.hasDate()) {
            return a.year == b.year ? 3 : 4;
        }
        if (a.year == b.year && a.month == b.month && a.day == b.day) {
            return 0;
        }
        if (a.year == b.year && a.month == b.day && a.day == b.month) {
            return 1;
        }
        return digitsApart(a, b) == 1 ? 2 : 4;
    }

    /** The level of two full dates written yyyymmdd. */
    static int birth(int x, int y) {
        int xy = x / 10000;
        int xm = x / 100 % 100;
        int xd = x % 100;
        int yy = y / 10000;
        int ym = y / 100 % 100;
        int yd = y % 100;
        if (x == y) {
            return 0;
        }
        if (xy == yy && xm == yd && xd == ym) {
            return 1;
        }
        return digitsApart(xd, xm, xy, yd, ym, yy) == 1 ? 2 : 4;
    }

    private static int digitsApart(Features a, Features b) {
        return digitsApart(a.day, a.month, a.year, b.day, b.month, b.year);
    }

    /** How many digits of ddMMyyyy differ. */
    private static int digitsApart(int ad, int am, int ay, int bd, int bm, int by) {
        int n = 0;
        int[] x = {ad / 10, ad % 10, am / 10, am % 10, ay / 1000, ay / 100 % 10, ay / 10 % 10, ay % 10};
        int[] y = {bd / 10, bd % 10, bm / 10, bm % 10, by / 1000, by / 100 % 10, by / 10 % 10, by % 10};
        for (int i = 0; i < x.length; i++) {
            n += x[i] == y[i] ? 0 : 1;
        }
        return n;
    }

    static int address(Features a, Features b) {
        if (a.addressKeys.length == 0 || b.addressKeys.length == 0) {
            return Field.MISSING;
        }
        if (overlap(a.addressKeys, b.addressKeys)) {
            return 0;
        }
        if (overlap(a.postcodes, b.postcodes)) {
            return 1;
        }
        return overlap(a.districts, b.districts) ? 2 : 3;
    }

    static int shared(String[] x, String[] y) {
        if (x.length == 0 || y.length == 0) {
            return Field.MISSING;
        }
        return overlap(x, y) ? 0 : 1;
    }

    private static boolean overlap(String[] x, String[] y) {
        for (String v : x) {
            if (contains(y, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] values, String v) {
        for (String w : values) {
            if (w.equals(v)) {
                return true;
            }
        }
        return false;
    }

    static double similarity(String x, String y) {
        return JW.apply(x, y);
    }
}
