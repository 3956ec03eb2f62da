package org.crossforce.entities;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When things happened, as prose writes it: "14/03/2019", "2019-03-14", "Thursday 14th March
 * 2019", "March 14, 2019", with the time beside it ("at 22:15", "At 0715 hrs on", "10.30pm") when
 * one is given. The value is the ISO date, or date and minute ({@code 2019-03-14T22:15}); the
 * entity is the day, so that two reports of the same night meet however precisely each gives the
 * time.
 *
 * <p>A date without its year ("14 March") or named from the day of writing ("on Thursday",
 * "yesterday", "last night") is placed only when the document's own date is known, as the latest
 * such day not after it; otherwise it stays text. A time alone names no day and is not a mention.
 * A date of birth ("DOB 03/04/1985") is a person's, not an event's, and is left out.
 */
final class Dates {

    static final String EXTRACTOR = "dates";

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"};

    /** Month names as written in reports: "March", "Mar", "Mar.", "Sept", "MARCH", not "march" (the verb). */
    private static final String MONTH = monthAlternatives();

    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** No more of a word or number after a date: "14/03/2019/2" and "14/03/20195" are no dates. */
    private static final String END = "(?!" + Chars.charClass("0-9A-Za-z_/", false) + "|[.:-]\\d)";

    /**
     * Two-digit years only after slashes or dashes ("14/03/19"): "1.5.10" is more often a section
     * or a version than a date. An ISO date may run straight into its time ("2019-03-14T22:15").
     */
    static final Pattern FREE = Pattern.compile("(?<!" + Chars.charClass("0-9A-Za-z_/.-", false) + ")"
            + "(?:"
            + "(?<nd>\\d{1,2})(?<sep>[/-])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2})" + END
            + "|(?<pd>\\d{1,2})\\.(?<pm>\\d{1,2})\\.(?<py>\\d{4})" + END
            + "|(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2})"
            + "(?:T(?<ih>[01]\\d|2[0-3]):(?<imin>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?" + END
            + "|(?<dd>\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<dm>" + MONTH + ")(?:,?\\s+(?<dy>(?:19|20)\\d{2}))?" + END
            + "|(?<md>" + MONTH + ")\\s+(?<mdd>\\d{1,2})" + ORDINAL + "(?:,?\\s+(?<my>(?:19|20)\\d{2}))?" + END
            + ")");

    /** "DOB 03/04/1985", "born on 4 March 1985", "date of birth: ...". */
    private static final Pattern BIRTH = Pattern.compile(
            "(?i)(?:d\\.?o\\.?b|date of birth|born(?: on)?)[\\s.:;,(-]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?$");

    private Dates() {
    }

    /**
     * The dates in one window of the text, reaching back before it far enough for a month name
     * ("September 14"). Dates without a year are placed only with a {@code reference}.
     */
    static void find(Matcher m, String text, int from, int to, LocalDate reference, List<Mention> out) {
        int end = Math.min(text.length(), to + 12);
        for (int k = Math.max(0, from - 12); k < to; k++) {
            if (!mayStart(text, k) || !Chars.matchesAt(m, k, end)) {
                continue;
            }
            LocalDate date = date(m, reference);
            if (date == null || seen(out, m.start())) {
                continue;
            }
            int start = weekdayBefore(text, m.start());
            if (!birth(text, start)) {
                String value = m.group("ih") == null ? date.toString() : date + "T" + m.group("ih") + ":" + m.group("imin");
                out.add(new Mention(EntityType.DATE, start, m.end(), text.substring(start, m.end()), value, EXTRACTOR));
            }
            k = m.end() - 1;
        }
    }

    /**
     * Where a date could start: a digit that starts a number, or a month's capital that starts a
     * word followed by a day ("March 14"). The pattern is tried only there.
     */
    private static boolean mayStart(String text, int k) {
        char c = text.charAt(k);
        char before = Chars.at(text, k - 1);
        if (Chars.isDigit(c)) {
            return !Chars.isWord(before) && before != '/' && before != '.' && before != '-';
        }
        if ("JFMASOND".indexOf(c) < 0 || Chars.isWord(before)) {
            return false;
        }
        int i = k + 1;
        while (i < text.length() && i - k < 10 && Chars.isLetter(text.charAt(i))) {
            i++;
        }
        if (Chars.at(text, i) == '.') {
            i++;
        }
        return i - k >= 3 && Chars.isSpace(Chars.at(text, i)) && Chars.isDigit(Chars.at(text, i + 1));
    }

    /**
     * Days named from the day of writing: "on Thursday", "last Tuesday", "yesterday", "today",
     * "tonight", "last night", "this morning". Searched word by word from the few letters they
     * share, never by a pattern over the whole text.
     */
    static void named(String text, LocalDate reference, List<Mention> out) {
        if (reference == null) {
            return;
        }
        for (String stem : List.of("day", "DAY", "night", "NIGHT", "morning", "afternoon", "evening")) {
            for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length())) {
                int start = at;
                while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
                    start--;
                }
                int end = at + stem.length();
                if (Chars.wordAt(text, end)) {
                    continue;
                }
                named(text, start, end, reference, out);
            }
        }
    }

    private static void named(String text, int start, int end, LocalDate reference, List<Mention> out) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean written = word.equals(lower) || word.equals(Chars.upper(word)) || word.equals(capitalised(lower));
        if (!written) {
            return;
        }
        String before = wordBefore(text, start);
        int from = before.isEmpty() ? start : start - before.length() - 1;
        LocalDate day = switch (lower) {
            case "today", "tonight" -> reference;
            case "yesterday" -> reference.minusDays(1);
            case "night" -> "last".equalsIgnoreCase(before) ? reference.minusDays(1) : null;
            case "morning", "afternoon", "evening" -> "this".equalsIgnoreCase(before) ? reference : null;
            default -> weekday(lower, word, before, reference);
        };
        if (day == null) {
            return;
        }
        boolean qualified = "last".equalsIgnoreCase(before) || "this".equalsIgnoreCase(before);
        int s = qualified ? from : start;
        if (!birth(text, s)) {
            out.add(new Mention(EntityType.DATE, s, end, text.substring(s, end), day.toString(), EXTRACTOR));
        }
    }

    /** "Thursday" is the latest Thursday not after the day of writing; "last Thursday" the one before that day. */
    private static LocalDate weekday(String lower, String word, String before, LocalDate reference) {
        for (int d = 0; d < WEEKDAYS.length; d++) {
            if (WEEKDAYS[d].toLowerCase(Locale.ROOT).equals(lower) && !word.equals(lower)) {
                DayOfWeek day = DayOfWeek.of(d + 1);
                return "last".equalsIgnoreCase(before) ? reference.with(TemporalAdjusters.previous(day))
                        : reference.with(TemporalAdjusters.previousOrSame(day));
            }
        }
        return null;
    }

    /**
     * One date typed on its own, as a user searches: "14/03/2019", "14 March 2019", "2019-03-14".
     */
    static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FREE.matcher(raw.strip());
        return m.matches() ? Optional.ofNullable(date(m, null)) : Optional.empty();
    }

    /** The day a match names, or null when it names none: "31/02/2019", or no year and nothing to place it by. */
    private static LocalDate date(Matcher m, LocalDate reference) {
        try {
            if (m.group("nd") != null) {
                return LocalDate.of(year(m.group("ny")), number(m.group("nm")), number(m.group("nd")));
            }
            if (m.group("pd") != null) {
                return LocalDate.of(year(m.group("py")), number(m.group("pm")), number(m.group("pd")));
            }
            if (m.group("iy") != null) {
                return LocalDate.of(number(m.group("iy")), number(m.group("im")), number(m.group("id")));
            }
            String month = m.group("dm") != null ? m.group("dm") : m.group("md");
            String day = m.group("dd") != null ? m.group("dd") : m.group("mdd");
            String year = m.group("dy") != null ? m.group("dy") : m.group("my");
            if (year != null) {
                return LocalDate.of(number(year), month(month), number(day));
            }
            return reference == null ? null : placed(month(month), number(day), reference);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A day and month without a year, in the year that puts it not long after the day of writing:
     * "28 December" written on 2 January is last December; "20 March" written on 1 March is this
     * March (a date to come, such as a hearing, is close ahead).
     */
    private static LocalDate placed(int month, int day, LocalDate reference) {
        LocalDate date = LocalDate.of(reference.getYear(), month, day);
        return date.isAfter(reference.plusDays(92)) ? date.minusYears(1) : date;
    }

    /** "19" is 2019 and "85" 1985: the century is the one that puts the year between 1940 and 2039. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 40 ? 2000 + year : 1900 + year;
        }
        if (year < 1900 || year > 2099) {
            throw new DateTimeException("Not a year of police records: " + year);
        }
        return year;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].substring(0, 3).toLowerCase(Locale.ROOT).equals(key)) {
                return i + 1;
            }
        }
        throw new DateTimeException("Not a month: " + name);
    }

    /** The start of "Thursday 14 March", "Thu, 14/03/2019", "Thursday the 14th" from where "14" starts. */
    private static int weekdayBefore(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
            i--;
        }
        if (i >= 4 && text.startsWith("the", i - 3) && text.charAt(i - 4) == ' ') {
            i -= 4;
        }
        int end = i > 0 && text.charAt(i - 1) == '.' ? i - 1 : i;
        int wordStart = end;
        while (wordStart > 0 && Chars.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return i < start && isWeekday(text.substring(wordStart, end)) ? wordStart : start;
    }

    private static boolean isWeekday(String word) {
        if (word.length() < 3 || !Chars.isCapital(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String day : WEEKDAYS) {
            String full = day.toLowerCase(Locale.ROOT);
            if (lower.equals(full) || lower.equals(full.substring(0, 3)) || (full.startsWith(lower) && lower.length() >= 4
                    && !full.equals(lower + "day"))) {
                return true;
            }
        }
        return false;
    }

    /** The letters just before {@code index} and the one space that separates them from it, or "". */
    private static String wordBefore(String text, int index) {
        if (index < 2 || text.charAt(index - 1) != ' ') {
            return "";
        }
        int start = index - 1;
        while (start > 0 && Chars.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, index - 1);
    }

    private static boolean birth(String text, int start) {
        int from = Math.max(0, start - 24);
        boolean cue = false;
        for (int i = from; i < start && !cue; i++) {
            cue = text.charAt(i) == 'b' || text.charAt(i) == 'B';
        }
        // Every cue ("DOB", "d.o.b.", "date of birth", "born") holds a b.
        return cue && BIRTH.matcher(text.substring(from, start)).find();
    }

    private static boolean seen(List<Mention> out, int start) {
        for (int i = out.size() - 1; i >= 0 && i >= out.size() - 3; i--) {
            if (out.get(i).start() <= start && start < out.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * "Jan(?:uary)?\\.?|JAN(?:UARY)?\\.?|...": each month one alternative in each case, so that a word
     * that is no month fails at its first letters.
     */
    private static String monthAlternatives() {
        List<String> forms = new ArrayList<>();
        for (String month : MONTHS) {
            String rest = month.substring(3);
            String abbreviation = month.substring(0, 3);
            if (month.equals("September")) {
                forms.add("Sep(?:t|tember)?\\.?");
                forms.add("SEP(?:T|TEMBER)?\\.?");
            } else if (rest.isEmpty()) {
                forms.add(month);
                forms.add(Chars.upper(month));
            } else {
                forms.add(abbreviation + "(?:" + rest + ")?\\.?");
                forms.add(Chars.upper(abbreviation) + "(?:" + Chars.upper(rest) + ")?\\.?");
            }
        }
        return String.join("|", forms);
    }

}
