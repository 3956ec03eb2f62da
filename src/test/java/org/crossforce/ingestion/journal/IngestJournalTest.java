package org.crossforce.ingestion.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJournalTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path directory;

    @Test
    void aJobsTallyFollowsEveryOutcomeItsFilesReachAndSurvivesARestart() {
        EntryRecord a = pending(0);
        EntryRecord b = pending(1);
        EntryRecord c = pending(2);
        try (IngestJournal journal = new IngestJournal(directory)) {
            journal.accept(job(3), List.of(a, b, c));
            assertThat(journal.tally("job-1")).isEqualTo(new JobTally(0, 0, 0, 0, 0, null));

            journal.update(a.finished("INDEXED", null, "id-a", false, 1, NOON));
            EntryRecord failed = b.finished("FAILED", "The file is empty (0 bytes).", "id-b", false, 0,
                    NOON.plusSeconds(5));
            journal.update(failed);
            assertThat(journal.tally("job-1")).isEqualTo(new JobTally(2, 1, 0, 0, 1, NOON.plusSeconds(5)));

            // A retried file counts as waiting again, then as what it became.
            journal.update(failed.retried());
            assertThat(journal.tally("job-1").done()).isEqualTo(1);
            assertThat(journal.tally("job-1").failed()).isZero();
            journal.update(b.finished("DUPLICATE", null, "id-b", false, 0, NOON.plusSeconds(9)));
            journal.commit();
        }
        try (IngestJournal reopened = new IngestJournal(directory)) {
            assertThat(reopened.tally("job-1")).isEqualTo(new JobTally(2, 1, 0, 1, 0, NOON.plusSeconds(9)));
            assertThat(reopened.pendingKeys()).containsExactly(c.key());
        }
    }

    @Test
    void aSettledEntryLeftOnThePendingListByACrashIsTakenOffAtStart() {
        EntryRecord a = pending(0);
        EntryRecord b = pending(1);
        try (IngestJournal journal = new IngestJournal(directory)) {
            journal.accept(job(2), List.of(a, b));
            journal.update(a.finished("INDEXED", null, "id-a", false, 1, NOON));
            journal.commit();
        }
        // What a background commit between the entry's outcome and its removal from the list leaves after a crash.
        try (org.h2.mvstore.MVStore store = new org.h2.mvstore.MVStore.Builder()
                .fileName(directory.resolve("journal.mv.db").toString()).compress().open()) {
            store.<String, String>openMap("pending").put(a.key(), "");
            store.commit();
        }
        try (IngestJournal reopened = new IngestJournal(directory)) {
            assertThat(reopened.pendingKeys()).containsExactly(b.key());
            assertThat(reopened.pendingCount()).isEqualTo(1);
            assertThat(reopened.tally("job-1").done()).isEqualTo(1);
        }
    }

    private static JobRecord job(int files) {
        return new JobRecord("job-1", "kent", "analyst", "OFFICIAL", "P", null, "upload", NOON, files);
    }

    private static EntryRecord pending(int seq) {
        return new EntryRecord("job-1", seq, "file-" + seq + ".txt", null, "0".repeat(64), 10, EntryRecord.PENDING,
                null, "id-" + seq, false, 0, null);
    }
}
