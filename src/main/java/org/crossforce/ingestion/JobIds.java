package org.crossforce.ingestion;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Ingest job ids that sort by time and say when the job ran: {@code 20261123-163700-7f3a09c2}. */
final class JobIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private JobIds() {
    }

    static String next(Clock clock) {
        // Many jobs start within one second (a demo set, a drop folder): 32 random bits keep them apart.
        return STAMP.format(clock.instant()) + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
    }
}
