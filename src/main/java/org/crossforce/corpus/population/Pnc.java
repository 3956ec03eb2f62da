package org.crossforce.corpus.population;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Police National Computer ids as the PNC issues them: the year of the first record, a slash, a
 * seven-digit serial and a check letter, so that validators that check the letter accept them.
 */
final class Pnc {

    /** The letter for (two-digit year x 10^7 + serial) mod 23. */
    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    /** The corpus's documents are dated 2024 and 2025; no id is issued later. */
    private static final int LAST_YEAR = 2025;

    private Pnc() {
    }

    /** An id first issued between 14 and 40 years after birth; null for someone too young for one. */
    static String issue(LocalDate born, Dice dice, Set<String> taken) {
        int earliest = born.getYear() + 14;
        int latest = Math.min(LAST_YEAR, born.getYear() + 40);
        if (earliest > latest) {
            return null;
        }
        int year = dice.between(earliest, latest);
        String id;
        do {
            // Most serials in a year are below a million, so most start with a 0 that short forms drop.
            id = id(year, dice.below(1_200_000));
        } while (!taken.add(id));
        return id;
    }

    static String id(int year, int serial) {
        long number = (year % 100) * 10_000_000L + serial;
        return String.format(Locale.ROOT, "%d/%07d%c", year, serial, CHECK_LETTERS.charAt((int) (number % 23)));
    }
}
