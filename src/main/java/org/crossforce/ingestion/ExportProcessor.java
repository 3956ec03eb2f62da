package org.crossforce.ingestion;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.indexing.IndexResult;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.JobRecord;
import org.crossforce.records.ExportReader;
import org.crossforce.records.Mapping;
import org.crossforce.records.ReadSummary;
import org.crossforce.records.RowError;
import org.crossforce.records.StructuredRecord;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/**
 * A structured export: each row becomes a record, added or updated by its stable id, with every
 * delivery kept on it. A snapshot system's month is replaced by its later delivery. The export
 * file itself is kept as a document too, saying what it held.
 */
@Component
class ExportProcessor {

    private static final int BATCH = 500;
    private static final int ERRORS_IN_REASON = 5;

    private final ExportReader reader;
    private final DocumentIndexer indexer;
    private final EntityMarker entities;
    private final Clock clock = Clock.systemUTC();

    ExportProcessor(ExportReader reader, DocumentIndexer indexer, EntityMarker entities) {
        this.reader = reader;
        this.indexer = indexer;
        this.entities = entities;
    }

    Optional<Mapping> detect(Path file, String name) {
        return reader.detect(file, name);
    }

    FileProcessor.Result process(JobRecord job, EntryRecord entry, DocumentId rootId, ReportDocument.Delivery delivery,
            Path original, Mapping mapping) {
        ForceCode force = ForceCode.of(job.force());
        Run run = new Run(job, entry, rootId, delivery, force);
        ReadSummary summary = reader.stream(original, mapping, force, run::add);
        run.send();
        // This thread waits for the answers: send now rather than at the bulk interval.
        indexer.flush();
        List<IndexResult> results = run.pending.stream().map(CompletableFuture::join).toList();
        ElasticsearchUnavailableException.throwIfAny(results);
        long failed = results.stream().filter(IndexResult.Failed.class::isInstance).count();
        long updated = results.stream().filter(IndexResult.Updated.class::isInstance).count();
        long removed = mapping.replacesMonth() ? replaceMonths(force, mapping.sourceSystem(), run.idsByMonth) : 0;
        ReportDocument file = exportDocument(job, entry, rootId, delivery, mapping, summary, updated, removed);
        CompletableFuture<IndexResult> sent = indexer.upsert(file);
        indexer.flush();
        IndexResult root = sent.join();
        ElasticsearchUnavailableException.throwIfAny(List.of(root));
        String reason = reason(summary, failed, removed);
        IngestStatus status = updated > 0 || removed > 0 ? IngestStatus.UPDATED : IngestStatus.INDEXED;
        return new FileProcessor.Result(status, rootId, reason, false, (int) summary.loaded() + 1);
    }

    /** Records of the months this delivery covers that it no longer holds: removed. */
    private long replaceMonths(ForceCode force, String sourceSystem, Map<String, Set<String>> idsByMonth) {
        List<CompletableFuture<IndexResult>> deletions = new ArrayList<>();
        for (Map.Entry<String, Set<String>> month : idsByMonth.entrySet()) {
            Set<String> held = indexer.recordIds(force, sourceSystem, month.getKey());
            held.removeAll(month.getValue());
            held.forEach(id -> deletions.add(indexer.delete(force, id)));
        }
        indexer.flush();
        deletions.forEach(CompletableFuture::join);
        return deletions.size();
    }

    private ReportDocument exportDocument(JobRecord job, EntryRecord entry, DocumentId rootId,
            ReportDocument.Delivery delivery, Mapping mapping, ReadSummary summary, long updated, long removed) {
        StringBuilder text = new StringBuilder()
                .append(mapping.name()).append(" export ").append(entry.name()).append('\n')
                .append(summary.rows()).append(" rows: ").append(summary.loaded()).append(" records, ")
                .append(updated).append(" of them updates, ").append(summary.errorCount()).append(" rows not loaded");
        if (removed > 0) {
            text.append(", ").append(removed).append(" records of the same months no longer delivered and removed");
        }
        text.append(".\n");
        summary.errors().stream().limit(100)
                .forEach(e -> text.append("Line ").append(e.line()).append(": ").append(e.reason()).append('\n'));
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        metadata.put("mapping", List.of(mapping.origin()));
        Instant now = clock.instant();
        return new ReportDocument(rootId.value(), job.force(), "file", rootId.value(), null, entry.name(), 0,
                mapping.sourceSystem(), job.marking(), job.handling(), entry.sha256(), entry.size(), entry.name(),
                mediaType(mapping), mapping.name() + " – " + entry.name(),
                text.toString(), null, null, null, null, now, false, null, null, null, null, null, null,
                summary.errorCount() == 0 ? null : summary.errorCount() + " rows could not be loaded",
                List.of(delivery), null, metadata, null);
    }

    private static String mediaType(Mapping mapping) {
        return switch (mapping.format()) {
            case CSV -> "text/csv";
            case JSON -> "application/json";
            case XML -> "application/xml";
        };
    }

    private static String reason(ReadSummary summary, long failed, long removed) {
        if (summary.errorCount() == 0 && failed == 0) {
            return null;
        }
        StringBuilder reason = new StringBuilder();
        reason.append(summary.loaded()).append(" of ").append(summary.rows()).append(" rows loaded");
        if (summary.errorCount() > 0) {
            reason.append("; not loaded: ");
            List<RowError> shown = summary.errors().stream().limit(ERRORS_IN_REASON).toList();
            shown.forEach(e -> reason.append("line ").append(e.line()).append(": ")
                    .append(e.reason().replaceFirst("\\.$", "")).append("; "));
            if (summary.errorCount() > shown.size()) {
                reason.append("and ").append(summary.errorCount() - shown.size()).append(" more");
            }
        }
        if (failed > 0) {
            reason.append("; ").append(failed).append(" records refused by Elasticsearch");
        }
        return reason.toString().replaceAll("; $", "");
    }

    /** One delivery's records, sent in batches with the deliveries each record already has. */
    private final class Run {
        private final JobRecord job;
        private final EntryRecord entry;
        private final DocumentId rootId;
        private final ReportDocument.Delivery delivery;
        private final ForceCode force;
        private final List<StructuredRecord> batch = new ArrayList<>();
        private final List<CompletableFuture<IndexResult>> pending = new ArrayList<>();
        private final Map<String, Set<String>> idsByMonth = new HashMap<>();

        Run(JobRecord job, EntryRecord entry, DocumentId rootId, ReportDocument.Delivery delivery, ForceCode force) {
            this.job = job;
            this.entry = entry;
            this.rootId = rootId;
            this.delivery = delivery;
            this.force = force;
        }

        void add(StructuredRecord record) {
            batch.add(record);
            if (record.month() != null) {
                idsByMonth.computeIfAbsent(record.month().toString(), m -> new HashSet<>()).add(record.id().value());
            }
            if (batch.size() == BATCH) {
                send();
            }
        }

        void send() {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, List<ReportDocument.Delivery>> held = indexer.deliveries(force,
                    batch.stream().map(r -> r.id().value()).toList());
            for (StructuredRecord record : batch) {
                List<ReportDocument.Delivery> deliveries = new ArrayList<>(held.getOrDefault(record.id().value(), List.of()));
                // Done again after a crash: this job's delivery is already there.
                if (deliveries.stream().noneMatch(d -> job.id().equals(d.job()))) {
                    deliveries.add(delivery);
                }
                pending.add(indexer.upsert(entities.mark(
                        RecordDocuments.of(record, job, entry, rootId, deliveries, clock.instant()))));
            }
            batch.clear();
        }
    }
}
