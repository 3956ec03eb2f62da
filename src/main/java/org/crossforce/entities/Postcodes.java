package org.crossforce.entities;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes by the official pattern: outward A9, A99, A9A, AA9, AA99 or AA9A, inward 9AA, with
 * the letters each position may hold, and GIR 0AA. In free text a postcode must have its space or
 * be in capitals: written solid in lower case ("ct92rn") it is more likely a code or a typo than
 * an address, and record systems that drop the space also write capitals.
 */
final class Postcodes {

    static final String EXTRACTOR = "postcode";

    /** The space, when given, must part outward from inward: "CT9 22RN" is no postcode, though "CT922RN" is. */
    private static final Pattern FULL = Pattern.compile("GIR ?0AA|" + outward(false) + " ?" + inward(false));

    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

    static final Pattern FREE = Pattern.compile(Chars.BEFORE + "(?:[Gg][Ii][Rr] ?0[Aa][Aa]|" + outward(true) + " ?"
            + inward(true) + ")" + Chars.AFTER);

    private Postcodes() {
    }

    /** A9, A99, A9A, AA9, AA99 or AA9A, each position with the letters it may hold. */
    private static String outward(boolean anyCase) {
        String first = Chars.charClass("A-PR-UWYZ", anyCase);
        String second = Chars.charClass("A-HK-Y", anyCase);
        return first + "(?:" + second + "\\d" + Chars.charClass("ABEHMNPRV-Y", anyCase) + "|" + second + "\\d{1,2}|\\d"
                + Chars.charClass("A-HJKPSTUW", anyCase) + "|\\d{1,2})";
    }

    private static String inward(boolean anyCase) {
        return "\\d" + Chars.charClass("ABD-HJLNP-UW-Z", anyCase) + "{2}";
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String written = Chars.upper(SPACES.matcher(raw.strip()).replaceAll(" "));
        if (!FULL.matcher(written).matches()) {
            return Optional.empty();
        }
        return Optional.of(spaced(written.replace(" ", "")));
    }

    private static String spaced(String compact) {
        int inward = compact.length() - 3;
        return compact.substring(0, inward) + " " + compact.substring(inward);
    }

    static void find(Matcher m, String text, int from, int to, List<Mention> out) {
        for (int i = from; i < to; i++) {
            if (!mayStart(text, i) || Chars.wordBefore(text, i) || !Chars.matchesAt(m, i, to)) {
                continue;
            }
            String raw = m.group();
            String upper = Chars.upper(raw);
            if (raw.indexOf(' ') > 0 || raw.equals(upper)) {
                out.add(new Mention(EntityType.POSTCODE, i, m.end(), raw, spaced(upper.replace(" ", "")), EXTRACTOR));
                i = m.end() - 1;
            }
        }
    }

    /** A letter, then a digit or a letter and a digit; or GIR. */
    private static boolean mayStart(String text, int i) {
        if (!Chars.isLetter(text.charAt(i))) {
            return false;
        }
        char next = Chars.at(text, i + 1);
        return Chars.isDigit(next) || (Chars.isLetter(next) && Chars.isDigit(Chars.at(text, i + 2)))
                || text.regionMatches(true, i, "GIR", 0, 3);
    }
}
