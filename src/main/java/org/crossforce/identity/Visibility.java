package org.crossforce.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Which person records a caller may see: those whose document is within the caller's scope. An
 * identity shows only these, so it never reveals a record, or that one exists, out of reach.
 */
@Component
class Visibility {

    private static final int BATCH = 5_000;

    private final ElasticsearchClient client;

    Visibility(ElasticsearchClient client) {
        this.client = client;
    }

    /** The record keys ({@code <document id>#<n>}) among these whose documents the caller may read. */
    Set<String> visible(Caller caller, Collection<String> keys) {
        Set<String> documents = new HashSet<>();
        keys.forEach(k -> documents.add(documentOf(k)));
        Set<String> readable = readable(caller, documents);
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (readable.contains(documentOf(k))) {
                out.add(k);
            }
        }
        return out;
    }

    private Set<String> readable(Caller caller, Set<String> documents) {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(documents);
        try {
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true)
                        .allowNoIndices(true).size(batch.size()).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b.filter(Scope.of(caller)).filter(f -> f.ids(i -> i.values(batch))))),
                        Void.class);
                for (Hit<Void> hit : response.hits().hits()) {
                    out.add(hit.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
        return out;
    }

    static String documentOf(String key) {
        int hash = key.lastIndexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }
}
