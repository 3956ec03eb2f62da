package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Character tests every finder shares; the ASCII fast path matters because they run on every character ingested. */
final class Chars {

    /**
     * What may not follow an identifier: more of a word, an address or a percentage, or a
     * separator and a digit that show it is part of a longer number, date or time.
     */
    static final String AFTER = "(?![\\p{L}\\p{N}_@%]|[/:.,-]\\p{N})";

    /**
     * What may not come before an identifier: more of a word or an email address. ASCII only, as
     * a single-character class is one bit lookup at every position; the finders check a non-ASCII
     * letter before a match themselves ({@link #wordBefore}).
     */
    static final String BEFORE = "(?<!" + charClass("0-9A-Za-z_@", false) + ")";

    private static final boolean[] WORD = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            WORD[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            WORD[c] = true;
            WORD[Character.toUpperCase(c)] = true;
        }
    }

    private Chars() {
    }

    /**
     * A regular-expression class of the characters in {@code ranges} ("A-HJ-PR-Z"), spelt out one
     * by one, with their lower case when asked: java.util.regex tests a class of single ASCII
     * characters with one bit lookup, but a class of ranges range by range, and these classes are
     * tested at every position of every window.
     */
    static String charClass(String ranges, boolean anyCase) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < ranges.length(); i++) {
            char first = ranges.charAt(i);
            char last = first;
            if (i + 2 < ranges.length() && ranges.charAt(i + 1) == '-') {
                last = ranges.charAt(i + 2);
                i += 2;
            }
            for (char c = first; c <= last; c++) {
                out.append(c);
                if (anyCase) {
                    out.append(Character.toLowerCase(c));
                }
            }
        }
        return out.append(']').toString();
    }

    static boolean isWord(char c) {
        return c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
    }

    static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The character at {@code i}, or a space past either end, so that look-arounds need no bounds checks. */
    static char at(CharSequence text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    /**
     * Tries {@code m} anchored at {@code i} (a position a cheap test has already chosen), seeing
     * past the window's end for its look-ahead.
     */
    static boolean matchesAt(Matcher m, int i, int to) {
        m.region(i, to);
        return m.lookingAt();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean wordBefore(CharSequence text, int index) {
        return index > 0 && isWord(text.charAt(index - 1));
    }

    static boolean wordAt(CharSequence text, int index) {
        return index < text.length() && isWord(text.charAt(index));
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        return Character.toLowerCase(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Removes spaces and tabs anywhere, as people type identifiers with spaces where they like. */
    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The lower-cased words within a stretch of text, for the checks that look at what surrounds a
     * candidate. A word cut by either edge is left out, so that "scar" never reads as "car" and
     * the window is no wider than it says. Only run for candidates, never over the whole text.
     */
    static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(text.length(), to);
        while (i < end && wordBefore(text, i) && isWord(text.charAt(i))) {
            i++;
        }
        while (end > i && wordAt(text, end) && isWord(text.charAt(end - 1))) {
            end--;
        }
        while (i < end) {
            while (i < end && !isWord(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && isWord(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
