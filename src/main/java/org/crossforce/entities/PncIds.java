package org.crossforce.entities;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer ids: year, a slash, a serial of up to seven digits and a check letter.
 * An id whose check letter is wrong is a mistyped id, and linking on it would join the wrong
 * person's records, so it is not a mention at all.
 */
final class PncIds {

    static final String EXTRACTOR = "pnc";

    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FULL = Pattern.compile("(\\d{2}|\\d{4})/(\\d{1,7})([A-Z])");
    /** Not after another slash or digit, so a date such as 12/03/21 never starts one. */
    static final Pattern FREE = Pattern.compile(
            "(?<!" + Chars.charClass("0-9A-Za-z/_@.-", false) + ")(\\d{2}|\\d{4})/(\\d{1,7})([A-Za-z])" + Chars.AFTER);

    private PncIds() {
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FULL.matcher(Chars.upper(Chars.compact(raw)));
        return m.matches() ? checked(m.group(1), m.group(2), m.group(3).charAt(0), Year.now().getValue())
                : Optional.empty();
    }

    /**
     * @param year    two or four digits; two-digit years after the current one are last century's
     * @param serial  one to seven digits, zero-padded to seven before the check
     */
    static Optional<String> checked(String year, String serial, char check, int currentYear) {
        int fullYear;
        if (year.length() == 2) {
            int yy = Integer.parseInt(year);
            fullYear = (yy > currentYear % 100 ? 1900 : 2000) + yy;
        } else {
            fullYear = Integer.parseInt(year);
            if (fullYear < 1900 || fullYear > currentYear) {
                return Optional.empty();
            }
        }
        String padded = "0".repeat(7 - serial.length()) + serial;
        long number = (fullYear % 100) * 10_000_000L + Long.parseLong(padded);
        if (CHECK_LETTERS.charAt((int) (number % 23)) != Character.toUpperCase(check)) {
            return Optional.empty();
        }
        return Optional.of(fullYear + "/" + padded + Character.toUpperCase(check));
    }

    static void find(Matcher m, String text, int from, int to, List<Mention> out) {
        int currentYear = Year.now().getValue();
        for (int i = from; i < to; i++) {
            if (!Chars.isDigit(text.charAt(i)) || !Chars.isDigit(Chars.at(text, i + 1))
                    || !(Chars.at(text, i + 2) == '/' || Chars.at(text, i + 4) == '/')
                    || Chars.wordBefore(text, i) || !Chars.matchesAt(m, i, to)) {
                continue;
            }
            int start = i;
            checked(m.group(1), m.group(2), m.group(3).charAt(0), currentYear).ifPresent(value ->
                    out.add(new Mention(EntityType.PNC_ID, start, m.end(), m.group(), value, EXTRACTOR)));
            i = m.end() - 1;
        }
    }
}
