package org.crossforce.ingestion.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable record of every accepted file, in an H2 MVStore file. Writers commit before they
 * answer, so what a sender was told was accepted survives a crash; at start the pending entries
 * are picked up again.
 */
public final class IngestJournal implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MVStore store;
    private final MVMap<String, String> jobs;
    private final MVMap<String, String> entries;
    private final MVMap<String, String> pending;
    private final MVMap<String, String> tallies;

    public IngestJournal(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The ingest journal directory " + directory + " cannot be created", e);
        }
        this.store = new MVStore.Builder().fileName(directory.resolve("journal.mv.db").toString()).compress().open();
        this.jobs = store.openMap("jobs");
        this.entries = store.openMap("entries");
        this.pending = store.openMap("pending");
        this.tallies = store.openMap("tallies");
        dropSettledFromPending();
        recountUnfinishedJobs();
    }

    /** Records a job and its files as accepted, durably. */
    public synchronized void accept(JobRecord job, List<EntryRecord> files) {
        jobs.put(job.id(), JSON.writeValueAsString(job));
        for (EntryRecord entry : files) {
            entries.put(entry.key(), JSON.writeValueAsString(entry));
            pending.put(entry.key(), "");
        }
        tallies.put(job.id(), JSON.writeValueAsString(JobTally.NONE));
        store.commit();
    }

    /**
     * Records progress. It reaches the disk with the store's automatic commit, within about a
     * second: after a crash a file may be processed once more, which the pipeline recognises as
     * its own earlier work.
     */
    public synchronized void update(EntryRecord entry) {
        JobTally tally = tally(entry.jobId());
        String before = entries.put(entry.key(), JSON.writeValueAsString(entry));
        EntryRecord previous = before == null ? null : JSON.readValue(before, EntryRecord.class);
        tallies.put(entry.jobId(), JSON.writeValueAsString(tally.moved(previous, entry)));
        if (entry.pending()) {
            pending.put(entry.key(), "");
        } else {
            pending.remove(entry.key());
        }
    }

    /** Makes what was recorded so far durable now, such as failed files sent for a retry. */
    public synchronized void commit() {
        store.commit();
    }

    public Optional<JobRecord> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(json -> JSON.readValue(json, JobRecord.class));
    }

    public Optional<EntryRecord> entry(String key) {
        return Optional.ofNullable(entries.get(key)).map(json -> JSON.readValue(json, EntryRecord.class));
    }

    public List<EntryRecord> entries(String jobId) {
        List<EntryRecord> found = new ArrayList<>();
        Iterator<String> keys = entries.keyIterator(JournalKeys.firstOf(jobId));
        while (keys.hasNext()) {
            String key = keys.next();
            if (!JournalKeys.belongsTo(key, jobId)) {
                break;
            }
            found.add(JSON.readValue(entries.get(key), EntryRecord.class));
        }
        return found;
    }

    /**
     * An update writes the entry's outcome, then takes it off the pending list; a background commit
     * between the two, then a crash, leaves a settled entry listed as pending, which nothing would
     * ever process. Such keys are taken off at start.
     */
    private void dropSettledFromPending() {
        for (String key : new ArrayList<>(pending.keySet())) {
            String entry = entries.get(key);
            if (entry == null || !JSON.readValue(entry, EntryRecord.class).pending()) {
                pending.remove(key);
            }
        }
    }

    /**
     * The store commits in the background, so a crash may keep an entry's new state without the
     * tally's, or the other way round: the tallies of jobs still under way are counted afresh.
     */
    private void recountUnfinishedJobs() {
        java.util.Set<String> recount = new java.util.HashSet<>();
        for (String key : pending.keySet()) {
            recount.add(JournalKeys.jobOf(key));
        }
        // A finished job whose tally missed its last file's outcome.
        for (String jobId : jobs.keySet()) {
            String held = tallies.get(jobId);
            int files = JSON.readValue(jobs.get(jobId), JobRecord.class).files();
            if (held != null && JSON.readValue(held, JobTally.class).done() != files) {
                recount.add(jobId);
            }
        }
        for (String jobId : recount) {
            tallies.put(jobId, JSON.writeValueAsString(counted(jobId)));
        }
    }

    /** How many of the job's files have their outcome. */
    public synchronized JobTally tally(String jobId) {
        String held = tallies.get(jobId);
        if (held != null) {
            return JSON.readValue(held, JobTally.class);
        }
        // A journal from before tallies were kept: counted once, then kept.
        JobTally tally = counted(jobId);
        tallies.put(jobId, JSON.writeValueAsString(tally));
        return tally;
    }

    /** The tally counted afresh from the job's entries. */
    private JobTally counted(String jobId) {
        JobTally tally = JobTally.NONE;
        for (EntryRecord entry : entries(jobId)) {
            tally = tally.moved(null, entry);
        }
        return tally;
    }

    /** Jobs, newest first. */
    public List<JobRecord> jobs(int limit) {
        List<JobRecord> found = new ArrayList<>();
        String key = jobs.lastKey();
        while (key != null && found.size() < limit) {
            found.add(JSON.readValue(jobs.get(key), JobRecord.class));
            key = jobs.lowerKey(key);
        }
        return found;
    }

    public List<String> pendingKeys() {
        return new ArrayList<>(pending.keySet());
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
