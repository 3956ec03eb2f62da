package org.crossforce.ui;

import java.time.Instant;
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

    static String formatWithTime(Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant);
    }
}
