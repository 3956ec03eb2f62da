package org.crossforce.ingestion;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.extraction.Extraction;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.indexing.IndexResult;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.JobRecord;
import org.crossforce.originals.OriginalStore;
import org.crossforce.records.Mapping;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/**
 * Turns one accepted file into indexed documents: the file and everything embedded in it. This
 * is the one place where what extraction found becomes what the index holds.
 */
@Component
class FileProcessor {

    private final OriginalStore originals;
    private final DocumentExtractor extractor;
    private final DocumentIndexer indexer;
    private final ExportProcessor exports;
    private final EntityMarker entities;
    private final Clock clock = Clock.systemUTC();

    FileProcessor(OriginalStore originals, DocumentExtractor extractor, DocumentIndexer indexer,
            ExportProcessor exports, EntityMarker entities) {
        this.originals = originals;
        this.extractor = extractor;
        this.indexer = indexer;
        this.exports = exports;
        this.entities = entities;
    }

    /**
     * Extracts in the calling thread and hands the documents to the bulk indexer; the answer
     * comes when Elasticsearch has taken them, so the caller can go on with the next file and
     * bulk requests fill up. Fails with {@link ElasticsearchUnavailableException} when it is
     * worth trying again later.
     */
    CompletableFuture<Result> process(JobRecord job, EntryRecord entry, Held held) {
        try {
            return start(job, entry, held);
        } catch (ElasticsearchUnavailableException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Which of a batch of files a force's index holds already, in one request rather than one
     * per file.
     *
     * @throws ElasticsearchUnavailableException when it is worth trying again later
     */
    Held held(ForceCode force, List<EntryRecord> entries) {
        List<String> ids = entries.stream().map(e -> DocumentId.forFile(force, e.sha256()).value()).distinct().toList();
        try {
            indexer.ensureIndex(force);
            Map<String, Set<String>> jobs = new HashMap<>();
            indexer.deliveries(force, ids).forEach((id, deliveries) -> jobs.put(id,
                    deliveries.stream().map(ReportDocument.Delivery::job).collect(Collectors.toSet())));
            return new Held(jobs);
        } catch (UncheckedIOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            throw new ElasticsearchUnavailableException(e.getMessage());
        }
    }

    /** The files the index holds already, by document id, with the jobs that delivered each. */
    record Held(Map<String, Set<String>> jobs) {

        Optional<Set<String>> of(DocumentId id) {
            return Optional.ofNullable(jobs.get(id.value()));
        }
    }

    private CompletableFuture<Result> start(JobRecord job, EntryRecord entry, Held holdings) {
        ForceCode force = ForceCode.of(job.force());
        DocumentId rootId = DocumentId.forFile(force, entry.sha256());
        ReportDocument.Delivery delivery = new ReportDocument.Delivery(job.id(), job.channel(), job.user(),
                clock.instant(), entry.name(), entry.origin(), job.sourceSystem());
        Path original = originals.find(entry.sha256()).orElse(null);
        if (original == null) {
            return done(Result.failed(rootId, "The original file is missing from Crossforce's store of originals."));
        }
        Optional<Set<String>> held = holdings.of(rootId);
        // Held with this job among its deliveries: this entry's own work from before a crash,
        // perhaps with some embedded files missing. Doing it again creates only what is missing.
        boolean resumed = held.map(jobs -> jobs.contains(job.id())).orElse(false);
        if (held.isPresent() && !resumed) {
            return done(duplicate(force, rootId, delivery));
        }
        Optional<Mapping> export = exports.detect(original, entry.name());
        if (export.isPresent()) {
            // Structured exports are large: their records stream to the indexer in this thread.
            return done(exports.process(job, entry, rootId, delivery, original, export.get()));
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(original, entry.name());
        } catch (ExtractionFailedException e) {
            return done(Result.failed(rootId, e.getMessage()));
        }
        List<ReportDocument> documents = new Reports(job, entry, rootId, delivery, originals, clock).from(extraction)
                .stream().map(entities::mark).toList();
        List<CompletableFuture<IndexResult>> pending = new ArrayList<>();
        documents.forEach(d -> pending.add(indexer.create(d)));
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).thenApply(ignored -> decide(
                force, rootId, delivery, resumed, documents, pending.stream().map(CompletableFuture::join).toList()));
    }

    private Result decide(ForceCode force, DocumentId rootId, ReportDocument.Delivery delivery, boolean resumed,
            List<ReportDocument> documents, List<IndexResult> results) {
        ElasticsearchUnavailableException.throwIfAny(results);
        boolean truncated = documents.getFirst().truncated();
        return switch (results.getFirst()) {
            case IndexResult.Created created -> Result.indexed(rootId, truncated, documents.size());
            case IndexResult.Updated updated -> Result.indexed(rootId, truncated, documents.size());
            // After a crash the document may be this entry's own earlier work.
            case IndexResult.AlreadyPresent present -> resumed
                    ? Result.indexed(rootId, truncated, documents.size())
                    : duplicate(force, rootId, delivery);
            case IndexResult.Failed failed -> Result.failed(rootId, failed.reason());
            case IndexResult.Unavailable unavailable -> throw new ElasticsearchUnavailableException(unavailable.reason());
        };
    }

    void flush() {
        indexer.flush();
    }

    private static CompletableFuture<Result> done(Result result) {
        return CompletableFuture.completedFuture(result);
    }

    private Result duplicate(ForceCode force, DocumentId id, ReportDocument.Delivery delivery) {
        try {
            indexer.addDelivery(force, id, delivery);
        } catch (UncheckedIOException e) {
            throw new ElasticsearchUnavailableException(e.getMessage());
        }
        return new Result(IngestStatus.DUPLICATE, id, null, false, 0);
    }

    record Result(IngestStatus status, DocumentId id, String reason, boolean truncated, int parts) {

        static Result indexed(DocumentId id, boolean truncated, int parts) {
            return new Result(IngestStatus.INDEXED, id, null, truncated, parts);
        }

        static Result failed(DocumentId id, String reason) {
            return new Result(IngestStatus.FAILED, id, reason, false, 0);
        }
    }
}
