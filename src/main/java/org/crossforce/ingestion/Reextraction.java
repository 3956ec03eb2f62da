package org.crossforce.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.indexing.IndexResult;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Service;

/**
 * Finds the entities of every document held again, after an extractor has changed: from the
 * text and record fields the index keeps, without reading the original files again.
 */
@Service
public class Reextraction {

    private static final int PAGE = 500;
    private static final List<String> FIELDS = List.of("id", "force", "date", "text", "record");

    private final DocumentIndexer indexer;
    private final EntityMarker marker;

    Reextraction(DocumentIndexer indexer, EntityMarker marker) {
        this.indexer = indexer;
        this.marker = marker;
    }

    /** How many documents there are to go through. */
    public long documents() {
        return indexer.countAll();
    }

    /**
     * @param progress told the number of documents done after each page
     * @return documents whose entities were written again; failures are counted apart
     */
    public Outcome run(LongConsumer progress) {
        long[] done = new long[2];
        indexer.scan(FIELDS, PAGE, page -> {
            List<CompletableFuture<IndexResult>> pending = new ArrayList<>(page.size());
            for (ReportDocument document : page) {
                ReportDocument marked = marker.mark(document);
                pending.add(indexer.updateEntities(ForceCode.of(document.force()), document.id(), marked.entities()));
            }
            // A page is as large as one bulk request, so the ingester sends it by itself (or at its
            // one-second interval): an explicit flush here was once seen to wait for ever.
            for (CompletableFuture<IndexResult> result : pending) {
                IndexResult outcome = result.join();
                if (outcome instanceof IndexResult.Failed || outcome instanceof IndexResult.Unavailable) {
                    done[1]++;
                } else {
                    done[0]++;
                }
            }
            progress.accept(done[0] + done[1]);
        });
        return new Outcome(done[0], done[1]);
    }

    public record Outcome(long updated, long failed) {
    }
}
