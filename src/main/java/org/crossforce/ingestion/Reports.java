package org.crossforce.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractedPart;
import org.crossforce.extraction.Extraction;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.JobRecord;
import org.crossforce.originals.OriginalStore;
import org.crossforce.originals.StoredOriginal;
import org.crossforce.shared.DocumentId;

/**
 * Maps an extraction onto index documents: the file sent, then each embedded file with its
 * parent, its root and its path, and its own original kept in the store.
 */
final class Reports {

    private final JobRecord job;
    private final EntryRecord entry;
    private final DocumentId rootId;
    private final ReportDocument.Delivery delivery;
    private final OriginalStore originals;
    private final Instant now;

    Reports(JobRecord job, EntryRecord entry, DocumentId rootId, ReportDocument.Delivery delivery,
            OriginalStore originals, Clock clock) {
        this.job = job;
        this.entry = entry;
        this.rootId = rootId;
        this.delivery = delivery;
        this.originals = originals;
        this.now = clock.instant();
    }

    List<ReportDocument> from(Extraction extraction) {
        List<ReportDocument> documents = new ArrayList<>();
        documents.add(document(rootId, "file", null, entry.name(), 0, entry.sha256(), entry.size(), entry.name(),
                extraction.root().document(), null));
        for (ExtractedPart part : extraction.embedded()) {
            StoredOriginal stored = keep(part);
            String name = part.path().substring(part.path().lastIndexOf('/') + 1);
            documents.add(document(DocumentId.forChild(rootId, part.path()), "embedded", parentOf(part),
                    entry.name() + "/" + part.path(), part.depth(), stored == null ? null : stored.sha256(),
                    stored == null ? 0 : stored.size(), name, part.document(), part.failure()));
        }
        return documents;
    }

    private String parentOf(ExtractedPart part) {
        int slash = part.path().lastIndexOf('/');
        return slash < 0 ? rootId.value() : DocumentId.forChild(rootId, part.path().substring(0, slash)).value();
    }

    private StoredOriginal keep(ExtractedPart part) {
        if (part.content() == null) {
            return null;
        }
        try {
            return originals.store(part.content());
        } catch (IOException e) {
            throw new UncheckedIOException("An embedded file of " + entry.name() + " could not be kept", e);
        } finally {
            try {
                Files.deleteIfExists(part.content());
            } catch (IOException ignored) {
                // a temporary file; the operating system clears it in the end
            }
        }
    }

    private ReportDocument document(DocumentId id, String kind, String parentId, String path, int depth,
            String sha256, long size, String fileName, ExtractedDocument doc, String failure) {
        if (doc == null) {
            return new ReportDocument(id.value(), job.force(), kind, rootId.value(), parentId, path, depth,
                    job.sourceSystem(), job.marking(), job.handling(), sha256, size, fileName, null, fileName, null,
                    null, null, null, null, now, false, null, null, null, null, null, null, failure, List.of(delivery),
                    null, null, null);
        }
        ExtractedDocument.Photo photo = doc.photo();
        ExtractedDocument.Email email = doc.email();
        return new ReportDocument(id.value(), job.force(), kind, rootId.value(), parentId, path, depth,
                job.sourceSystem(), job.marking(), job.handling(), sha256, size, fileName, doc.mediaType(),
                doc.title(), doc.text(), doc.author(), dateOf(doc), doc.created(), doc.modified(), now,
                doc.truncated(), doc.ocr() ? Boolean.TRUE : null, doc.language(), doc.pageCount(),
                email == null ? null : new ReportDocument.Email(email.from(), email.to(), email.cc(), email.subject(),
                        email.sent()),
                photo == null ? null : new ReportDocument.Photo(photo.captured(), photo.cameraMake(), photo.cameraModel()),
                photo != null && photo.hasPosition() ? new ReportDocument.GeoPoint(photo.latitude(), photo.longitude()) : null,
                failure, List.of(delivery), null, doc.metadata(), null);
    }

    /**
     * The date a user would give the document: when it was written, sent or taken. A file that
     * says none stays undated rather than borrowing the day it arrived.
     */
    private Instant dateOf(ExtractedDocument doc) {
        if (doc.created() != null) {
            return doc.created();
        }
        if (doc.email() != null && doc.email().sent() != null) {
            return doc.email().sent();
        }
        if (doc.photo() != null && doc.photo().captured() != null) {
            return doc.photo().captured();
        }
        return doc.modified();
    }
}
