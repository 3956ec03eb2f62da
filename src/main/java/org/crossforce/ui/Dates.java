package org.crossforce.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as UK police staff write them, in UK time. */
final class Dates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(UK);

    private Dates() {
    }

    static String format(Instant instant) {
        return DAY.format(instant);
    }

    static String format(LocalDate day) {
        return DAY.format(day);
    }

    /** Today where the forces are, whatever the server's own zone. */
    static LocalDate today() {
        return LocalDate.now(UK);
    }

    static String formatWithTime(Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant);
    }

    /** How long ago, as a person says it: "just now", "25 min ago", "3 hours ago", "2 days ago". */
    static String ago(Instant instant, Instant now) {
        java.time.Duration since = java.time.Duration.between(instant, now);
        long minutes = since.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = since.toHours();
        if (hours < 24) {
            return hours == 1 ? "an hour ago" : hours + " hours ago";
        }
        long days = since.toDays();
        if (days < 14) {
            return days == 1 ? "a day ago" : days + " days ago";
        }
        return days < 60 ? days / 7 + " weeks ago" : days / 30 + " months ago";
    }
}
