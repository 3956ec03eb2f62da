package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into the words the person finder reads: runs of letters and digits, with the
 * apostrophes and hyphens inside a name ("O'NEILL", "Smith-Jones") kept and a possessive
 * "'s" left outside. Each word knows its shape and whether a sentence or a line starts with it.
 */
final class NameTokens {

    enum Shape {
        /** "Harrow", "McCartan", "O'Neill", "Ní". */
        CAPITALISED,
        /** "BRATHWAITE", "O'NEILL". */
        UPPER,
        /** "J", "J." (the full stop is in the gap after it). */
        INITIAL,
        LOWER,
        /** Holds a digit: "4471", "MG11", "S1". */
        NUMBER
    }

    /** {@code gapStart}: where the characters after the word before (its possessive included) begin. */
    record Token(String source, int start, int end, String text, String lower, Shape shape, boolean possessive,
            boolean sentenceStart, boolean lineStart, boolean shouting, int gapStart) {

        boolean nameShaped() {
            return shape == Shape.CAPITALISED || shape == Shape.UPPER || shape == Shape.INITIAL;
        }

        /** The characters between the word before and this one; read only near a name, so not kept. */
        String gapBefore() {
            return source.substring(gapStart, start);
        }
    }

    private NameTokens() {
    }

    static List<Token> of(String text) {
        List<int[]> spans = spans(text);
        List<Token> tokens = new ArrayList<>(spans.size());
        boolean[] shouting = shoutingLines(text, spans);
        int line = 0;
        int previousEnd = 0;
        for (int[] span : spans) {
            int start = span[0];
            int end = span[1];
            boolean possessive = span[2] == 1;
            int newlines = 0;
            boolean stop = false;
            for (int i = previousEnd; i < start; i++) {
                char c = text.charAt(i);
                newlines += c == '\n' ? 1 : 0;
                stop |= c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '•' || c == '*' || c == '|';
            }
            boolean lineStart = tokens.isEmpty() || newlines > 0;
            line += newlines;
            String word = text.substring(start, end);
            Shape shape = shape(word, text, end);
            boolean sentenceStart = lineStart || endsSentence(stop,
                    previousEnd < start && text.charAt(previousEnd) == '.', tokens.getLast());
            tokens.add(new Token(text, start, end, word, word.toLowerCase(Locale.ROOT), shape, possessive, sentenceStart,
                    lineStart, shouting[Math.min(line, shouting.length - 1)], previousEnd));
            previousEnd = possessive ? end + 2 : end;
        }
        return tokens;
    }

    /** [start, end, possessive] of each word. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                        && !possessiveAt(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            boolean possessive = possessiveAt(text, i);
            spans.add(new int[] {start, i, possessive ? 1 : 0});
            if (possessive) {
                i += 2;
            }
        }
        return spans;
    }

    /** "'s" or "’s" ending a word. */
    private static boolean possessiveAt(String text, int i) {
        if (i + 1 >= text.length() || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        char quote = text.charAt(i);
        char s = text.charAt(i + 1);
        boolean after = i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
        return (quote == '\'' || quote == '’') && (s == 's' || s == 'S') && after;
    }

    private static Shape shape(String word, String text, int end) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return Shape.NUMBER;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        char first = word.charAt(0);
        if (!Character.isUpperCase(first)) {
            return Shape.LOWER;
        }
        if (letters == 1) {
            // "I" and "A" are words unless written as initials, with a full stop.
            boolean dotted = end < text.length() && text.charAt(end) == '.';
            return (first == 'I' || first == 'A') && !dotted ? Shape.LOWER : Shape.INITIAL;
        }
        return upper == letters ? Shape.UPPER : Shape.CAPITALISED;
    }

    private static boolean endsSentence(boolean stop, boolean fullStopFirst, Token previous) {
        // "Mr. Okafor", "J. Smyth": the full stop ends an abbreviation, not a sentence.
        return stop && !(fullStopFirst && (previous.shape() == Shape.INITIAL || previous.text().length() <= 3
                && previous.shape() == Shape.CAPITALISED));
    }

    /**
     * Lines written in capitals: there, capitals say nothing about names. A line counts when
     * most of its words of two letters or more are in capitals.
     */
    private static boolean[] shoutingLines(String text, List<int[]> spans) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] upper = new int[lines];
        int[] words = new int[lines];
        int line = 0;
        int position = 0;
        for (int[] span : spans) {
            for (; position < span[0]; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            if (span[1] - span[0] >= 2 && Character.isLetter(text.charAt(span[0]))) {
                words[line]++;
                boolean capitals = true;
                for (int i = span[0]; i < span[1] && capitals; i++) {
                    capitals = !Character.isLowerCase(text.charAt(i));
                }
                if (capitals) {
                    upper[line]++;
                }
            }
        }
        boolean[] shouting = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            shouting[i] = words[i] >= 4 && upper[i] * 10 >= words[i] * 7;
        }
        return shouting;
    }
}
