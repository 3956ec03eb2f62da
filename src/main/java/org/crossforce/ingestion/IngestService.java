package org.crossforce.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.IngestJournal;
import org.crossforce.ingestion.journal.JobRecord;
import org.crossforce.ingestion.journal.JobTally;
import org.crossforce.originals.OriginalStore;
import org.crossforce.originals.StoredOriginal;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Ingestion as its users see it: files are accepted (kept, and written to the journal) before
 * anyone is answered, then processed by the pipeline; every file ends in exactly one outcome.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private static final int AUDITED_IDS = 1000;

    private static final List<String> INTAKE = List.of(Roles.INTAKE);
    private static final Duration LOOK = Duration.ofMinutes(10);
    private final Looks looks = new Looks();
    private final AuditTrail audit;
    private final IngestJournal journal;
    private final IngestPipeline pipeline;
    private final OriginalStore originals;
    private final DocumentIndexer indexer;
    private final IngestProperties properties;
    private final Clock clock = Clock.systemUTC();

    IngestService(IngestJournal journal, IngestPipeline pipeline, OriginalStore originals, DocumentIndexer indexer,
            IngestProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.journal = journal;
        this.pipeline = pipeline;
        this.originals = originals;
        this.indexer = indexer;
        this.properties = properties;
    }

    /** Accepts the files and answers with their outcomes, or QUEUED for those still waiting. */
    public List<IngestOutcome> ingest(Caller caller, ForceCode force, List<IncomingFile> files, IngestOptions options) {
        return ingest(caller, force, files, options, properties.answerTimeout());
    }

    public List<IngestOutcome> ingest(Caller caller, ForceCode force, List<IncomingFile> files, IngestOptions options,
            Duration wait) {
        String job = accept(caller, force, files, options);
        return await(job, force, wait);
    }

    /**
     * Waits for an accepted job's outcomes, at most as long as given, and makes what was indexed
     * searchable now. Files still waiting are answered {@code QUEUED}.
     */
    public List<IngestOutcome> await(String job, ForceCode force, Duration wait) {
        try {
            pipeline.awaitJob(job, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            indexer.refresh(Set.of(force));
        } catch (RuntimeException unavailable) {
            // Elasticsearch is away: the files are safe in the journal and answered QUEUED.
            log.debug("Refresh after job {} skipped: {}", job, unavailable.getMessage());
        }
        return outcomes(job);
    }

    /**
     * Keeps every file and records it in the journal, durably, then hands the job to the
     * pipeline. Answers with the job id as soon as nothing can be lost any more.
     */
    public String accept(Caller caller, ForceCode force, List<IncomingFile> files, IngestOptions options) {
        if (!caller.hasAnyRole(INTAKE) || !caller.forces().contains(force)) {
            audit.record(new AuditEvent(caller, AuditAction.INGEST, AuditOutcome.DENIED, List.of(),
                    Map.of("force", force.value(), "files", files.size())));
            caller.requireAnyRole("send files for ingestion", INTAKE);
            throw new NotPermittedException(caller.user() + " may not ingest files for " + force);
        }
        String job = JobIds.next(clock);
        List<EntryRecord> entries = new ArrayList<>();
        for (IncomingFile file : files) {
            StoredOriginal stored;
            try {
                stored = originals.store(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException("Crossforce could not keep " + file.name() + ": " + e.getMessage(), e);
            }
            entries.add(new EntryRecord(job, entries.size(), file.name(), file.origin(), stored.sha256(), stored.size(),
                    EntryRecord.PENDING, null, DocumentId.forFile(force, stored.sha256()).value(), false, 0, null));
        }
        journal.accept(new JobRecord(job, force.value(), caller.user(), options.marking().label(),
                options.handling().name(), options.sourceSystem(), options.channel().label(), clock.instant(),
                files.size()), entries);
        log.info("Job {}: {} sent {} file(s) for {} by {} as {}/{}", job, caller.user(), files.size(), force,
                options.channel().label(), options.marking(), options.handling());
        // Accepted is accepted: the files go on even if the audit entry below cannot be written.
        entries.forEach(e -> pipeline.enqueue(e.key()));
        // The ids of a very large job are in its journal; the trail names the first of them.
        audit.record(AuditEvent.ok(caller, AuditAction.INGEST, entries.stream().limit(AUDITED_IDS)
                        .map(EntryRecord::documentId).toList(),
                Map.of("job", job, "force", force.value(), "files", files.size(), "marking", options.marking().label(),
                        "handling", options.handling().name(), "source_system", options.sourceSystem(),
                        "channel", options.channel().label())));
        return job;
    }

    /**
     * Every file of the job with its outcome so far; files still waiting are {@code QUEUED}. Empty
     * when the job is not of one of the caller's forces, as when it does not exist.
     */
    public List<IngestOutcome> outcomes(Caller caller, String job) {
        caller.requireAnyRole("see ingest jobs", INTAKE);
        List<IngestOutcome> found = journal.job(job).filter(j -> worksFor(caller, j)).map(j -> outcomes(job))
                .orElse(List.of());
        if (!found.isEmpty() && looks.firstIn(caller.user() + "|" + job, LOOK, clock.instant())) {
            // File names say what a job holds; the Ingestion page refreshes every 2 s, and a user who
            // keeps watching one job is one look, not a look every refresh.
            audit.record(AuditEvent.ok(caller, AuditAction.VIEW_INGEST_JOB, found.stream().limit(AUDITED_IDS)
                    .map(IngestOutcome::id).filter(java.util.Objects::nonNull).toList(),
                    Map.of("job", job, "files", found.size())));
        }
        return found;
    }

    private List<IngestOutcome> outcomes(String job) {
        return journal.entries(job).stream().map(IngestService::outcome).toList();
    }

    /** The job, when it is of one of the caller's forces. */
    public Optional<JobStatus> job(Caller caller, String id) {
        caller.requireAnyRole("see ingest jobs", INTAKE);
        return journal.job(id).filter(j -> worksFor(caller, j)).map(this::status);
    }

    /** The latest jobs of the caller's forces, newest first. */
    public List<JobStatus> jobs(Caller caller, int limit) {
        caller.requireAnyRole("see ingest jobs", INTAKE);
        return journal.jobs(limit).stream().filter(j -> worksFor(caller, j)).map(this::status).toList();
    }

    private static boolean worksFor(Caller caller, JobRecord job) {
        return caller.forces().contains(ForceCode.of(job.force()));
    }

    /** Sends the job's failed files through the pipeline again; answers how many. */
    public int retryFailed(Caller caller, String jobId) {
        caller.requireAnyRole("retry ingest jobs", INTAKE);
        if (journal.job(jobId).filter(j -> worksFor(caller, j)).isEmpty()) {
            return 0;
        }
        int retried = 0;
        for (EntryRecord entry : journal.entries(jobId)) {
            if (IngestStatus.FAILED.name().equals(entry.status())) {
                journal.update(entry.retried());
                pipeline.enqueue(entry.key());
                retried++;
            }
        }
        journal.commit();
        audit.record(AuditEvent.ok(caller, AuditAction.RETRY_INGEST, List.of(), Map.of("job", jobId, "files", retried)));
        log.info("Job {}: {} retries {} failed file(s)", jobId, caller.user(), retried);
        return retried;
    }

    /** Whether files are waiting because Elasticsearch is unavailable, and how many wait. */
    public PipelineState state() {
        return new PipelineState(journal.pendingCount(), pipeline.waitingForElasticsearch(),
                pipeline.waitingForElasticsearch() ? pipeline.unavailableReason() : null);
    }

    public record PipelineState(int pending, boolean waitingForElasticsearch, String reason) {
    }

    private JobStatus status(JobRecord job) {
        JobTally tally = journal.tally(job.id());
        int done = tally.done();
        Instant last = tally.last();
        double seconds = last == null ? 0 : Math.max(0.001, Duration.between(job.created(), last).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : done / seconds;
        int waiting = job.files() - done;
        Instant eta = waiting == 0 || rate == 0 ? null : clock.instant().plusMillis((long) (waiting / rate * 1000));
        return new JobStatus(job.id(), job.force(), job.user(), job.channel(), job.sourceSystem(), job.created(),
                job.files(), done, tally.indexed(), tally.updated(), tally.duplicate(), tally.failed(), waiting,
                Math.round(rate * 10) / 10.0, eta);
    }

    private static IngestOutcome outcome(EntryRecord entry) {
        IngestStatus status = entry.pending() ? IngestStatus.QUEUED : IngestStatus.valueOf(entry.status());
        return new IngestOutcome(entry.name(), entry.documentId(), status, entry.reason(), entry.truncated(),
                entry.jobId());
    }
}
