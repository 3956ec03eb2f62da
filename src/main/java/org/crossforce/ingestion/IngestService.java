package org.crossforce.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.indexing.IndexResult;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The ingestion pipeline: hash, deduplicate, extract, index. One broken file never fails the
 * others; each file gets its own outcome.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final DocumentExtractor extractor;
    private final DocumentIndexer indexer;
    private final Clock clock;
    private final ExecutorService workers =
            Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                    Thread.ofPlatform().name("ingest-", 0).daemon().factory());

    IngestService(DocumentExtractor extractor, DocumentIndexer indexer) {
        this.extractor = extractor;
        this.indexer = indexer;
        this.clock = Clock.systemUTC();
    }

    /** Ingests the files for the force and answers once every file has its outcome. */
    public List<IngestOutcome> ingest(Caller caller, ForceCode force, List<IncomingFile> files, IngestOptions options) {
        String job = JobIds.next(clock);
        log.info("Job {}: {} ingests {} file(s) for {} as {}/{}", job, caller.user(), files.size(), force,
                options.marking(), options.handling());
        List<CompletableFuture<CompletableFuture<IngestOutcome>>> submitted = files.stream()
                .map(file -> CompletableFuture.supplyAsync(() -> start(force, file, options, job), workers))
                .toList();
        List<CompletableFuture<IngestOutcome>> pending = submitted.stream().map(CompletableFuture::join).toList();
        // Everything of this job is with the bulk ingester: send it now rather than at the next interval.
        indexer.flush();
        List<IngestOutcome> outcomes = pending.stream().map(CompletableFuture::join).toList();
        if (outcomes.stream().anyMatch(o -> o.status() == IngestStatus.INDEXED)) {
            indexer.refresh(Set.of(force));
        }
        log.info("Job {}: {} indexed, {} duplicate, {} failed", job, count(outcomes, IngestStatus.INDEXED),
                count(outcomes, IngestStatus.DUPLICATE), count(outcomes, IngestStatus.FAILED));
        return outcomes;
    }

    private CompletableFuture<IngestOutcome> start(ForceCode force, IncomingFile file, IngestOptions options,
            String job) {
        String sha256;
        long size;
        try {
            size = Files.size(file.path());
            sha256 = sha256(file);
        } catch (IOException e) {
            return done(file, null, IngestStatus.FAILED, "The file could not be read: " + e.getMessage(), job);
        }
        DocumentId id = DocumentId.forFile(force, sha256);
        try {
            if (indexer.exists(force, id)) {
                return done(file, id, IngestStatus.DUPLICATE, null, job);
            }
            ExtractedDocument extracted = extractor.extract(file.path(), file.name());
            ReportDocument document = toReport(force, id, sha256, size, file, extracted, options);
            return indexer.create(document).thenApply(result -> switch (result) {
                case IndexResult.Created created ->
                        new IngestOutcome(file.name(), id.value(), IngestStatus.INDEXED, null, extracted.truncated(), job);
                case IndexResult.AlreadyPresent present ->
                        new IngestOutcome(file.name(), id.value(), IngestStatus.DUPLICATE, null, false, job);
                case IndexResult.Failed failed ->
                        new IngestOutcome(file.name(), id.value(), IngestStatus.FAILED, failed.reason(), false, job);
            });
        } catch (ExtractionFailedException e) {
            log.info("Job {}: {} failed: {}", job, file.name(), e.getMessage());
            return done(file, id, IngestStatus.FAILED, e.getMessage(), job);
        } catch (UncheckedIOException e) {
            log.warn("Job {}: {} could not be indexed", job, file.name(), e);
            return done(file, id, IngestStatus.FAILED, "Elasticsearch is unavailable: " + e.getMessage(), job);
        } catch (RuntimeException e) {
            log.error("Job {}: {} failed unexpectedly", job, file.name(), e);
            return done(file, id, IngestStatus.FAILED, "Crossforce could not process the file: " + e, job);
        }
    }

    private ReportDocument toReport(ForceCode force, DocumentId id, String sha256, long size, IncomingFile file,
            ExtractedDocument extracted, IngestOptions options) {
        Instant now = clock.instant();
        Instant date = extracted.created() != null ? extracted.created()
                : extracted.modified() != null ? extracted.modified() : now;
        return new ReportDocument(id.value(), force.value(), options.sourceSystem(), options.marking().label(),
                options.handling().name(), sha256, size, file.name(), extracted.mediaType(), extracted.title(),
                extracted.text(), extracted.author(), date, extracted.created(), extracted.modified(), now,
                extracted.truncated(), extracted.metadata());
    }

    private static CompletableFuture<IngestOutcome> done(IncomingFile file, DocumentId id, IngestStatus status,
            String reason, String job) {
        return CompletableFuture.completedFuture(
                new IngestOutcome(file.name(), id == null ? null : id.value(), status, reason, false, job));
    }

    private static String sha256(IncomingFile file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(List<IngestOutcome> outcomes, IngestStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
