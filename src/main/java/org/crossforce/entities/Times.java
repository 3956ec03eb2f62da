package org.crossforce.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time written beside a date ({@link Dates}): "14/03/2019 at about 22:15", "At 0715 hrs on
 * Thursday", "10.30pm on 1 June 2024". A time is looked for only where the connecting words next
 * to a date end, never over the whole text; a time alone names no day and is not a mention.
 */
final class Times {

    /**
     * "22:15", "22.15", "2215 hrs", "10.30pm", "10 pm", "midnight"; four bare digits ("at 0530")
     * only after a word that says a time follows.
     */
    private static final Pattern TIME = Pattern.compile("(?<!" + Chars.charClass("0-9A-Za-z_:./$-", false) + "|£)(?:"
            + "(?<ch>[01]?\\d|2[0-3])[:.](?<cm>[0-5]\\d)(?:\\s?(?<cap>[ap]\\.?m\\.?|[AP]\\.?M\\.?))?(?:\\s?(?:hrs|HRS|hours|h)\\b)?"
            + "|(?<hh>[01]\\d|2[0-3])(?<hm>[0-5]\\d)\\s?(?:hrs|HRS|hours|h)\\b"
            + "|(?<ah>1[0-2]|0?[1-9])\\s?(?<aap>[ap]\\.?m\\.?|[AP]\\.?M\\.?)"
            + "|(?<=\\b(?:[Aa]t|AT|[Aa]bout|ABOUT|around|approx|approx\\.|approximately|circa) )(?<bh>[01]\\d|2[0-3])(?<bm>[0-5]\\d)"
            + "|(?<word>[Mm]idnight|MIDNIGHT|[Nn]oon|[Mm]idday)"
            + ")(?![0-9A-Za-z_]|[:.]\\d)");

    /** What may stand between a date and its time: "14/03/2019 at about 22:15", "At 0715 hrs on Thursday". */
    private static final Set<String> CONNECTORS = Set.of("on", "at", "of", "the", "about", "around", "approx",
            "approximately", "circa", "c", "roughly", "hrs", "hours", "-", "@", "between", "from", "by");
    private static final int NEAR = 32;

    private Times() {
    }

    /**
     * The dates with the times written beside them: a date takes the time just before it ("At 0715
     * hrs on Thursday") or else the one just after it ("14/03/2019 at 22:15"), when only words such as
     * "at", "about" and "on" stand between.
     */
    static List<Mention> attach(String text, List<Mention> dates) {
        if (dates.isEmpty()) {
            return dates;
        }
        Matcher m = TIME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<Mention> out = new ArrayList<>(dates.size());
        for (Mention date : dates) {
            if (date.value().length() > 10) {
                out.add(date);
                continue;
            }
            Mention timed = before(m, text, date);
            out.add(timed != null ? timed : after(m, text, date));
        }
        return out;
    }

    /** The time that ends where the connecting words before the date begin: "At 0715 hrs on |Thursday". */
    private static Mention before(Matcher m, String text, Mention date) {
        int end = connectorsBefore(text, date.start());
        Mention found = timeEndingAt(m, text, date, end);
        if (found == null) {
            // "2215 hrs on Thursday": "hrs" connects, and is also the end of the time itself.
            int q = end;
            while (q < date.start() && Character.isWhitespace(text.charAt(q))) {
                q++;
            }
            String word = bare(wordAfter(text, q));
            if (word.equals("hrs") || word.equals("hours")) {
                found = timeEndingAt(m, text, date, q + word.length());
            }
        }
        return found;
    }

    private static Mention timeEndingAt(Matcher m, String text, Mention date, int end) {
        if (end <= 0) {
            return null;
        }
        m.region(Math.max(0, end - 20), end);
        while (m.find()) {
            String time = m.end() == end ? time(m) : null;
            if (time != null) {
                return withTime(text, date, m.start(), date.end(), date.value() + "T" + time);
            }
        }
        return null;
    }

    /** The time where the connecting words after the date end: "14/03/2019 at about |22:15". */
    private static Mention after(Matcher m, String text, Mention date) {
        int start = connectorsAfter(text, date.end());
        if (start >= text.length()) {
            return date;
        }
        m.region(start, Math.min(text.length(), start + 16));
        String time = m.lookingAt() ? time(m) : null;
        return time == null ? date : withTime(text, date, date.start(), m.end(), date.value() + "T" + time);
    }

    private static Mention withTime(String text, Mention date, int start, int end, String value) {
        return new Mention(EntityType.DATE, start, end, text.substring(start, end), value, Dates.EXTRACTOR);
    }

    /** Past spaces, commas and up to four connecting words after {@code from}, within reach. */
    private static int connectorsAfter(String text, int from) {
        int p = from;
        for (int words = 0; ; words++) {
            int q = p;
            while (q < text.length() && q - from < NEAR && (text.charAt(q) == ',' || Character.isWhitespace(text.charAt(q)))) {
                q++;
            }
            String word = wordAfter(text, q);
            if (words == 4 || word.isEmpty() || !CONNECTORS.contains(bare(word)) || q + word.length() - from > NEAR) {
                return q;
            }
            p = q + word.length();
        }
    }

    /** Back past spaces, commas and up to four connecting words before {@code to}, within reach. */
    private static int connectorsBefore(String text, int to) {
        int p = to;
        for (int words = 0; ; words++) {
            int q = p;
            while (q > 0 && to - q < NEAR && (text.charAt(q - 1) == ',' || Character.isWhitespace(text.charAt(q - 1)))) {
                q--;
            }
            String word = letters(text, q);
            if (words == 4 || word.isEmpty() || !CONNECTORS.contains(bare(word)) || to - (q - word.length()) > NEAR) {
                return q;
            }
            p = q - word.length();
        }
    }

    /** The word (letters, and a closing full stop, "approx.") or connecting sign that starts at {@code at}. */
    private static String wordAfter(String text, int at) {
        if (at >= text.length()) {
            return "";
        }
        if (text.charAt(at) == '-' || text.charAt(at) == '@') {
            return text.substring(at, at + 1);
        }
        int end = at;
        while (end < text.length() && Chars.isLetter(text.charAt(end))) {
            end++;
        }
        if (end > at && end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        return end < text.length() && Chars.isDigit(text.charAt(end)) ? "" : text.substring(at, end);
    }

    /** The word or connecting sign that ends at {@code end}. */
    private static String letters(String text, int end) {
        if (end <= 0) {
            return "";
        }
        char last = text.charAt(end - 1);
        if (last == '-' || last == '@') {
            return text.substring(end - 1, end);
        }
        int start = last == '.' ? end - 1 : end;
        while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean word = start < end && Chars.isLetter(text.charAt(start)) && (start == 0 || !Chars.isWord(text.charAt(start - 1)));
        return word ? text.substring(start, end) : "";
    }

    private static String bare(String word) {
        String stripped = word.endsWith(".") && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** "HH:mm" for the matched time, or null for one that cannot be ("13pm"). */
    private static String time(Matcher m) {
        int hour;
        int minute = 0;
        String meridiem = null;
        if (m.group("ch") != null) {
            hour = Integer.parseInt(m.group("ch"));
            minute = Integer.parseInt(m.group("cm"));
            meridiem = m.group("cap");
        } else if (m.group("hh") != null) {
            hour = Integer.parseInt(m.group("hh"));
            minute = Integer.parseInt(m.group("hm"));
        } else if (m.group("ah") != null) {
            hour = Integer.parseInt(m.group("ah"));
            meridiem = m.group("aap");
        } else if (m.group("bh") != null) {
            hour = Integer.parseInt(m.group("bh"));
            minute = Integer.parseInt(m.group("bm"));
        } else {
            hour = m.group("word").equalsIgnoreCase("midnight") ? 0 : 12;
        }
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
