package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.shared.ForceCode;

/** The index fields entities live in, and the query and count pieces every entity request shares. */
final class Fields {

    static final String IDS = "entities.ids";
    static final String FORMS = "entities.forms";
    static final String NAMES = "entities.names";
    static final String MENTIONS = "entities.mentions";
    static final String RECORD = "record";

    private Fields() {
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query terms(String field, Collection<String> values) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    static void forces(BoolQuery.Builder b, Collection<ForceCode> forces) {
        if (!forces.isEmpty()) {
            b.filter(terms("force", forces.stream().map(ForceCode::value).toList()));
        }
    }

    /** Days as UK police staff count them, in UK time. */
    static void dates(BoolQuery.Builder b, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return;
        }
        b.filter(f -> f.range(r -> r.date(d -> {
            d.field("date").timeZone("Europe/London").format("yyyy-MM-dd");
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        })));
    }

    /** Sub-aggregations that split a count into records and documents, and by force. */
    static Map<String, Aggregation> tally() {
        return Map.of("kind", Aggregation.of(a -> a.terms(t -> t.field("kind").size(5))),
                "force", Aggregation.of(a -> a.terms(t -> t.field("force").size(100))));
    }

    static EntityHit hit(String id, String type, String label, Map<String, Aggregate> tally) {
        long records = 0;
        long documents = 0;
        for (StringTermsBucket kind : tally.get("kind").sterms().buckets().array()) {
            if (RECORD.equals(kind.key().stringValue())) {
                records += kind.docCount();
            } else {
                documents += kind.docCount();
            }
        }
        Map<String, Long> forces = new LinkedHashMap<>();
        for (StringTermsBucket force : tally.get("force").sterms().buckets().array()) {
            forces.put(force.key().stringValue(), force.docCount());
        }
        return new EntityHit(id, type, label, records, documents, forces);
    }

    /**
     * The buckets of a terms aggregation; none when no force has an index yet, for then
     * Elasticsearch answers without aggregations.
     */
    static List<StringTermsBucket> buckets(Map<String, Aggregate> aggregations, String name) {
        Aggregate aggregate = aggregations == null ? null : aggregations.get(name);
        return aggregate == null ? List.of() : aggregate.sterms().buckets().array();
    }

    /** A search over every force's reports; an index not created yet is no error. */
    static <T> SearchResponse<T> search(ElasticsearchClient client,
            Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request, Class<T> type) {
        try {
            return client.search(s -> request.apply(s.index(ReportIndices.ALIAS).ignoreUnavailable(true)
                    .allowNoIndices(true)), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    /** A Lucene regular expression matching the text literally. */
    /** A terms-aggregation pattern for the ids of every entity type but those given. */
    static String idsOfTypesOtherThan(org.crossforce.entities.EntityType... left) {
        java.util.Set<org.crossforce.entities.EntityType> out = java.util.Set.of(left);
        return "(" + java.util.Arrays.stream(org.crossforce.entities.EntityType.values()).filter(t -> !out.contains(t))
                .map(t -> literal(t.prefix())).collect(java.util.stream.Collectors.joining("|")) + "):.*";
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('\\').appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String typeOf(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }
}
