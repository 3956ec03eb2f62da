package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Telephone numbers, national (GB) or international, written with spaces, dashes, dots or
 * brackets, validated by libphonenumber and written as E.164.
 *
 * <p>Crossforce reads a run of digit groups joined by separators and splits it into numbers only
 * at a space: a number glued by a dash, a dot or no separator at all to more digits is part of a
 * reference, card or account number, not a phone. A national number must start with 0 and an
 * international one with + or 00, which keeps sums, years, counts and crime numbers out before
 * libphonenumber is asked. Ofcom's ranges reserved for drama, which police training material and
 * Crossforce's test data use, are accepted although libphonenumber calls them invalid.
 */
final class Phones {

    static final String EXTRACTOR = "phone";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_GROUPS = 7;
    private static final int MAX_SEPARATOR = 3;

    /** The first seven digits of each drama range's national number; the last three run 000 to 999. */
    private static final Set<String> DRAMA = Set.of("7700900", "1632960", "2079460", "1134960", "1144960",
            "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960", "1614960",
            "2896496", "2920180", "1914980", "8081570", "9098790", "3069990");

    private Phones() {
    }

    static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        List<Mention> found = new ArrayList<>(1);
        find(s, 0, s.length(), found);
        return found.size() == 1 && found.getFirst().start() == 0 && found.getFirst().end() == s.length()
                ? Optional.of(found.getFirst().value()) : Optional.empty();
    }

    static void find(String text, int from, int to, List<Mention> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '+' || c == '(' || c == '0') && mayStart(text, i)) {
                i = run(text, i, out);
            } else {
                i++;
            }
        }
    }

    /** Not inside a word or a longer number, not after a currency sign, not an extension. */
    private static boolean mayStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Chars.isWord(before) || "_@+.-£$€#,".indexOf(before) >= 0) {
            return false;
        }
        return !afterExtension(text, i);
    }

    /** "ext 0123", "x 0123": the digits after an extension word belong to the number before. */
    private static boolean afterExtension(String text, int i) {
        int j = i;
        while (j > 0 && (Chars.isSpace(text.charAt(j - 1)) || text.charAt(j - 1) == '.' || text.charAt(j - 1) == ':')) {
            j--;
        }
        int end = j;
        while (j > 0 && Chars.isWord(text.charAt(j - 1))) {
            j--;
        }
        return isWord(text, j, end, "x") || isWord(text, j, end, "ext") || isWord(text, j, end, "extn")
                || isWord(text, j, end, "extension");
    }

    private static boolean isWord(String text, int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    /** Reads one run of digit groups from {@code start}, adds the numbers in it, and says where it ended. */
    private static int run(String text, int start, List<Mention> out) {
        int p = start;
        boolean international = false;
        if (text.charAt(p) == '(') {
            p++;
        }
        if (p < text.length() && text.charAt(p) == '+') {
            international = true;
            p++;
            if (p < text.length() && Chars.isSpace(text.charAt(p))) {
                p++;
            }
        }
        if (p >= text.length() || !Chars.isDigit(text.charAt(p))) {
            return start + 1;
        }
        List<int[]> groups = new ArrayList<>();
        List<Boolean> spacedBefore = new ArrayList<>();
        spacedBefore.add(true);
        while (true) {
            int groupStart = p;
            while (p < text.length() && Chars.isDigit(text.charAt(p))) {
                p++;
            }
            groups.add(new int[] {groupStart, p});
            int q = p;
            boolean space = false;
            int marks = 0;
            while (q < text.length() && q - p < MAX_SEPARATOR && isSeparator(text.charAt(q))) {
                char c = text.charAt(q);
                if (Chars.isSpace(c)) {
                    space = true;
                } else if (c != '(' && c != ')') {
                    marks++;
                }
                q++;
            }
            if (q == p || marks > 1 || q >= text.length() || !Chars.isDigit(text.charAt(q))
                    || groups.size() == 4 * MAX_GROUPS) {
                break;
            }
            spacedBefore.add(space);
            p = q;
        }
        int runEnd = p;
        boolean gluedAfter = runEnd < text.length() && gluedAfter(text, runEnd);
        split(text, start, international, groups, spacedBefore, gluedAfter, out);
        return runEnd;
    }

    private static boolean isSeparator(char c) {
        return Chars.isSpace(c) || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u2013';
    }

    private static boolean gluedAfter(String text, int end) {
        char after = text.charAt(end);
        if (Chars.isWord(after) || after == '_' || after == '@' || after == '%') {
            return true;
        }
        return (after == ':' || after == ',') && end + 1 < text.length() && Chars.isDigit(text.charAt(end + 1));
    }

    /**
     * Takes the longest valid number from each group that may start one, and ends a number only
     * where a space follows: "07700 900123 07700 900456" is two numbers, "0113-496-0123-4567" none.
     */
    private static void split(String text, int runStart, boolean international, List<int[]> groups,
            List<Boolean> spacedBefore, boolean gluedAfter, List<Mention> out) {
        int n = groups.size();
        int s = 0;
        while (s < n) {
            boolean mayStart = s == 0 || (spacedBefore.get(s) && text.charAt(groups.get(s)[0]) == '0');
            int found = -1;
            String value = null;
            for (int k = Math.min(n - 1, s + MAX_GROUPS - 1); mayStart && k >= s; k--) {
                boolean endsFree = k == n - 1 ? !gluedAfter : spacedBefore.get(k + 1);
                if (!endsFree) {
                    continue;
                }
                int from = s == 0 ? runStart : groups.get(s)[0];
                value = e164(text.substring(from, groups.get(k)[1]), s == 0 && international);
                if (value != null) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                s++;
                continue;
            }
            int from = s == 0 ? runStart : groups.get(s)[0];
            int end = groups.get(found)[1];
            if (text.charAt(from) == '(' && text.substring(from, end).indexOf(')') < 0) {
                from++; // "(07700 900123)": the bracket belongs to the sentence
            }
            out.add(new Mention(EntityType.PHONE, from, end, text.substring(from, end), value, EXTRACTOR));
            s = found + 1;
        }
    }

    /** The number in E.164, or null when it is no number anyone could ring. */
    static String e164(String raw, boolean international) {
        String trimmed = raw.replace("(", "").strip();
        boolean idd = !international && trimmed.startsWith("00");
        // "+44 (0)20 ...": the trunk 0 is shown for callers at home and dialled by no one abroad.
        String written = international || idd ? raw.replace("(0)", "") : raw;
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < written.length(); i++) {
            if (Chars.isDigit(written.charAt(i))) {
                digits.append(written.charAt(i));
            }
        }
        int length = digits.length();
        if (international || idd) {
            if (length < (idd ? 10 : 8) || length > (idd ? 17 : 15)) {
                return null;
            }
        } else if (length < 10 || length > 11 || digits.charAt(0) != '0') {
            return null;
        }
        String drama = drama(digits, international, idd);
        if (drama != null) {
            return drama; // libphonenumber would only parse it to call it invalid
        }
        try {
            PhoneNumber number = UTIL.parse(international ? "+" + digits : digits.toString(), "GB");
            if (!UTIL.isValidNumber(number) && !drama(number)) {
                return null;
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static String drama(CharSequence digits, boolean international, boolean idd) {
        String d = digits.toString();
        String national = international ? (d.startsWith("44") ? d.substring(2) : null)
                : idd ? (d.startsWith("0044") ? d.substring(4) : null) : d.substring(1);
        return national != null && national.length() == 10 && DRAMA.contains(national.substring(0, 7))
                ? "+44" + national : null;
    }

    private static boolean drama(PhoneNumber number) {
        if (number.getCountryCode() != 44) {
            return false;
        }
        String national = Long.toString(number.getNationalNumber());
        return national.length() == 10 && DRAMA.contains(national.substring(0, 7));
    }
}
