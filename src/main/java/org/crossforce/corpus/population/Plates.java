package org.crossforce.corpus.population;

import java.util.Locale;

/**
 * Current-format registration marks (two letters, age identifier, three letters). The first letter
 * is always T, U or Z, which the DVLA does not issue as area codes, so no mark can belong to a
 * real vehicle.
 */
final class Plates {

    private static final String AREA = "TUZ";
    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY";

    private Plates() {
    }

    static String next(Dice dice) {
        int year = dice.between(8, 25);
        int age = dice.chance(0.5) ? year : year + 50;
        return "" + AREA.charAt(dice.below(AREA.length())) + letter(dice) + String.format(Locale.ROOT, "%02d", age) + " "
                + letter(dice) + letter(dice) + letter(dice);
    }

    private static char letter(Dice dice) {
        return LETTERS.charAt(dice.below(LETTERS.length()));
    }
}
