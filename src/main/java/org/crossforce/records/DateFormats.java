package org.crossforce.records;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date patterns a mapping allows for one field, tried in order. Patterns are
 * {@link DateTimeFormatter} ones ({@code dd/MM/yyyy HH:mm}, {@code yyyy-MM}); {@code iso} takes
 * ISO-8601 date-times with or without offset, dates and year-months. Parsing is strict: 31/02 is
 * an error, not 3 March.
 */
final class DateFormats {

    /** What a value said: a point in time, a local date-time, a day or only a month. */
    sealed interface Parsed permits Zoned, Local, Day, Month {
    }

    record Zoned(ZonedDateTime value) implements Parsed {
    }

    record Local(LocalDateTime value) implements Parsed {
    }

    record Day(LocalDate value) implements Parsed {
    }

    record Month(YearMonth value) implements Parsed {
    }

    private static final List<DateTimeFormatter> ISO = List.of(
            DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("uuuu-MM"));

    private final List<DateTimeFormatter> formatters;
    private final String description;

    private DateFormats(List<DateTimeFormatter> formatters, String description) {
        this.formatters = formatters;
        this.description = description;
    }

    /** Throws IllegalArgumentException naming the pattern that is not one. */
    static DateFormats compile(List<String> patterns) {
        List<String> given = patterns.isEmpty() ? List.of("iso") : patterns;
        List<DateTimeFormatter> formatters = new ArrayList<>();
        for (String pattern : given) {
            if (pattern.equalsIgnoreCase("iso")) {
                formatters.addAll(ISO);
            } else {
                try {
                    formatters.add(strict(yearOfEraToYear(pattern)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
                }
            }
        }
        String description = given.size() == 1
                ? "in the form " + describe(given.getFirst())
                : "in any of the forms " + String.join(", ", given.stream().map(DateFormats::describe).toList());
        return new DateFormats(List.copyOf(formatters), description);
    }

    private static String describe(String pattern) {
        return pattern.equalsIgnoreCase("iso") ? "ISO-8601 (2025-10-14T09:30:00Z, 2025-10-14 or 2025-10)" : pattern;
    }

    /** How to tell a user what was expected: "in the form dd/MM/yyyy HH:mm". */
    String description() {
        return description;
    }

    /**
     * The value, or null when no pattern fits. A pattern is first tried without resolving, which
     * fails without an exception: at 100,000 rows, exceptions for every pattern that does not fit
     * would cost more than the rest of the row.
     */
    Parsed parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter formatter : formatters) {
            ParsePosition position = new ParsePosition(0);
            if (formatter.parseUnresolved(value, position) == null || position.getErrorIndex() >= 0
                    || position.getIndex() != value.length()) {
                continue;
            }
            try {
                Parsed parsed = classify(formatter.parse(value));
                if (parsed != null) {
                    return parsed;
                }
            } catch (DateTimeException e) {
                // the right shape but no such date (31/02): try the next pattern
            }
        }
        return null;
    }

    private static Parsed classify(TemporalAccessor value) {
        LocalDate date = value.query(TemporalQueries.localDate());
        if (date == null) {
            return value.isSupported(ChronoField.YEAR) && value.isSupported(ChronoField.MONTH_OF_YEAR)
                    ? new Month(YearMonth.of(value.get(ChronoField.YEAR), value.get(ChronoField.MONTH_OF_YEAR)))
                    : null;
        }
        LocalTime time = value.query(TemporalQueries.localTime());
        if (time == null) {
            return new Day(date);
        }
        ZoneId zone = value.query(TemporalQueries.zone());
        return zone == null ? new Local(LocalDateTime.of(date, time)) : new Zoned(ZonedDateTime.of(date, time, zone));
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Everyone writes {@code yyyy}; in strict mode that is year-of-era and needs an era to resolve,
     * so outside quoted text it is read as {@code uuuu}, the proleptic year.
     */
    private static String yearOfEraToYear(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}
