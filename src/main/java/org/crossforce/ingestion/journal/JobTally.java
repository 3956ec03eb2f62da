package org.crossforce.ingestion.journal;

import java.time.Instant;

/**
 * How many of a job's files have their outcome, kept beside the entries and changed with each of
 * them, so that where a job stands is known without reading every entry of a large job.
 *
 * @param last when the latest file finished, or null before the first
 */
public record JobTally(int done, int indexed, int updated, int duplicate, int failed, Instant last) {

    static final JobTally NONE = new JobTally(0, 0, 0, 0, 0, null);

    /** The tally after an entry moved from {@code before} (null when new) to {@code after}. */
    JobTally moved(EntryRecord before, EntryRecord after) {
        JobTally tally = before == null || before.pending() ? this : add(before, -1);
        return after.pending() ? tally : tally.add(after, 1);
    }

    private JobTally add(EntryRecord entry, int sign) {
        String status = entry.status();
        Instant latest = sign > 0 && entry.finished() != null && (last == null || entry.finished().isAfter(last))
                ? entry.finished() : last;
        return new JobTally(done + sign,
                indexed + ("INDEXED".equals(status) ? sign : 0),
                updated + ("UPDATED".equals(status) ? sign : 0),
                duplicate + ("DUPLICATE".equals(status) ? sign : 0),
                failed + ("FAILED".equals(status) ? sign : 0),
                latest);
    }
}
