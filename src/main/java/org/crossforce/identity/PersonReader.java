package org.crossforce.identity;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.crossforce.identity.source.IndexedPersons;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.indexing.ReportDocument;
import org.springframework.stereotype.Component;

/** Reads the person records of indexed documents: all of them, or those indexed since a moment. */
@Component
class PersonReader {

    private static final List<String> FIELDS = List.of("id", "force", "kind", "source_system", "text", "ingested_at",
            "record.source_key", "record.persons", "record.phones", "record.emails", "record.vehicles",
            "entities.mentions");
    private static final int PAGE = 500;

    private final DocumentIndexer indexer;

    PersonReader(DocumentIndexer indexer) {
        this.indexer = indexer;
    }

    /**
     * Every person record of every document indexed at or after {@code since} (all when null).
     *
     * @param sink receives each page's person records
     * @return how many documents were read
     */
    long read(Instant since, Consumer<List<PersonRecord>> sink) {
        Query withPersons = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.exists(e -> e.field("entities.names")));
            if (since != null) {
                b.filter(f -> f.range(r -> r.date(d -> d.field("ingested_at").gte(since.toString()))));
            }
            return b;
        }));
        return indexer.scan(withPersons, FIELDS, PAGE, page -> sink.accept(page.stream()
                .flatMap((ReportDocument d) -> IndexedPersons.of(d).stream()).toList()));
    }
}
