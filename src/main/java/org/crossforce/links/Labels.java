package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.entities.EntityType;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;

/**
 * What to call an entity on screen. An identifier is its own label; a document's person
 * ({@code person:<document id>#<n>}) is called by the fullest name that document gives it, and a
 * record's event ({@code event:<document id>}) by what, when and where, both read from the
 * document itself, within the caller's scope.
 */
final class Labels {

    private static final String PERSON = EntityType.PERSON.prefix() + ":";
    private static final String EVENT = EntityType.EVENT.prefix() + ":";
    private static final String ADDRESS = EntityType.ADDRESS.prefix() + ":";
    private static final String DATE = EntityType.DATE.prefix() + ":";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEE d MMM yyyy", java.util.Locale.UK);

    private Labels() {
    }

    static Map<String, String> of(ElasticsearchClient client, Caller caller, Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        for (String id : ids) {
            if (id.startsWith(PERSON) && id.lastIndexOf('#') > PERSON.length()) {
                documents.add(id.substring(PERSON.length(), id.lastIndexOf('#')));
            } else if (id.startsWith(EVENT)) {
                documents.add(id.substring(EVENT.length()));
            } else {
                labels.put(id, label(id));
            }
        }
        if (!documents.isEmpty()) {
            personsIn(client, caller, documents, ids, labels);
        }
        return labels;
    }

    /** "4 Addington Street, CT9 1PP" for {@code address:4 addington street, CT9 1PP}; "Thu 14 Mar 2019" for {@code date:2019-03-14}. */
    private static String label(String id) {
        if (id.startsWith(Subject.NAME)) {
            return Subject.parse(id).plainLabel();
        }
        String value = id.substring(id.indexOf(':') + 1);
        if (id.startsWith(DATE)) {
            try {
                return DAY.format(java.time.LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return id.startsWith(ADDRESS) ? org.crossforce.entities.PersonNames.display(value) : value;
    }

    static String of(ElasticsearchClient client, Caller caller, String id) {
        return of(client, caller, java.util.List.of(id)).getOrDefault(id, label(id));
    }

    private static void personsIn(ElasticsearchClient client, Caller caller, Set<String> documents,
            Collection<String> wanted, Map<String, String> labels) {
        try {
            var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .size(documents.size())
                    .source(src -> src.filter(f -> f.includes(Fields.MENTIONS)))
                    .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(java.util.List.copyOf(documents))))
                            .filter(Scope.of(caller)))), ReportDocument.class);
            for (Hit<ReportDocument> hit : response.hits().hits()) {
                if (hit.source() == null || hit.source().entities() == null) {
                    continue;
                }
                for (ReportDocument.EntityMention mention : hit.source().entities().mentions()) {
                    boolean readHere = mention.id().startsWith(PERSON) || mention.id().startsWith(EVENT);
                    if (readHere && wanted.contains(mention.id())) {
                        // "Chidi Okafor" rather than the "Okafor" written first.
                        labels.merge(mention.id(), mention.text(), (a, b) -> b.length() > a.length() ? b : a);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }
}
