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
 * What to call an entity on screen. An identifier is its own label; a record's person
 * ({@code person:<document id>#<n>}) is called by the name that record gives, read from the
 * record itself, within the caller's scope.
 */
final class Labels {

    private static final String PERSON = EntityType.PERSON.prefix() + ":";

    private Labels() {
    }

    static Map<String, String> of(ElasticsearchClient client, Caller caller, Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        for (String id : ids) {
            if (id.startsWith(PERSON) && id.lastIndexOf('#') > PERSON.length()) {
                documents.add(id.substring(PERSON.length(), id.lastIndexOf('#')));
            } else {
                labels.put(id, id.startsWith(Subject.NAME) ? Subject.parse(id).plainLabel() : id.substring(id.indexOf(':') + 1));
            }
        }
        if (!documents.isEmpty()) {
            personsIn(client, caller, documents, ids, labels);
        }
        return labels;
    }

    static String of(ElasticsearchClient client, Caller caller, String id) {
        return of(client, caller, java.util.List.of(id)).getOrDefault(id, id.substring(id.indexOf(':') + 1));
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
                    if (wanted.contains(mention.id())) {
                        labels.putIfAbsent(mention.id(), mention.text());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }
}
