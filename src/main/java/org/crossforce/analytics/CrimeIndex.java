package org.crossforce.analytics;

import org.crossforce.geography.Shapes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoShapeRelation;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/**
 * The crime records of the index as counts: per grid cell, month, type, force and LSOA, always
 * within the caller's scope. Every number on the dashboard is an Elasticsearch aggregation read
 * here; the statistics are worked out in Crossforce from these counts.
 */
@Component
class CrimeIndex {

    /** Records that are crimes or incidents: not stop and search, not outcomes of crimes already counted. */
    static final List<String> CRIME_RECORDS = List.of("crime", "incident");

    /**
     * Keys per page of a composite aggregation. Every page reads the whole selection again, so a
     * page is as large as Elasticsearch's bucket limit (65,536 by default) comfortably allows.
     */
    private static final int PAGE = 50_000;

    private final ElasticsearchClient client;

    CrimeIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** The crimes of the filter that the caller may see. */
    Query where(Caller caller, CrimeFilter filter) {
        return Query.of(q -> q.bool(b -> {
            delivered(b, caller, filter);
            if (!filter.types().isEmpty()) {
                b.filter(terms("record.crime_type", filter.types()));
            }
            if (filter.area() != null) {
                b.filter(f -> f.geoShape(g -> g.field("location")
                        .shape(s -> s.shape(JsonData.of(Shapes.geoJson(filter.area()))).relation(GeoShapeRelation.Intersects))));
            }
            return b;
        }));
    }

    /** Every crime record of the forces and months, whatever its type or place: whether data was delivered at all. */
    Query delivered(Caller caller, CrimeFilter filter) {
        return Query.of(q -> q.bool(b -> delivered(b, caller, filter)));
    }

    private static BoolQuery.Builder delivered(BoolQuery.Builder b, Caller caller, CrimeFilter filter) {
        b.filter(Scope.of(caller)).filter(f -> f.term(t -> t.field("kind").value("record")))
                .filter(terms("record.type", CRIME_RECORDS));
        if (!filter.forces().isEmpty()) {
            b.filter(terms("force", filter.forces().stream().map(ForceCode::value).toList()));
        }
        if (filter.from() != null || filter.to() != null) {
            b.filter(f -> f.range(r -> r.term(t -> {
                t.field("record.month");
                if (filter.from() != null) {
                    t.gte(filter.from().toString());
                }
                if (filter.to() != null) {
                    t.lte(filter.to().toString());
                }
                return t;
            })));
        }
        return b;
    }

    /** Only what lies in one grid cell. */
    static Query inCell(Query where, String cellId, int size) {
        return Query.of(q -> q.bool(b -> b.filter(where).filter(f -> f.term(t -> t.field(cellField(size)).value(cellId)))));
    }

    static Query inLsoa(Query where, String lsoa) {
        return Query.of(q -> q.bool(b -> b.filter(where).filter(f -> f.term(t -> t.field("record.lsoa").value(lsoa)))));
    }

    static Query located(Query where) {
        return Query.of(q -> q.bool(b -> b.filter(where).filter(f -> f.exists(e -> e.field("record.cells.m1000")))));
    }

    long count(Query where) {
        return call(() -> client.count(c -> c.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                .query(where)).count());
    }

    /** Crimes in each cell of the size. */
    Map<String, Long> byCell(Query where, int size) {
        Map<String, Long> counts = new HashMap<>();
        composite(where, Map.of("cell", source(cellField(size))),
                bucket -> counts.put(bucket.key().get("cell").stringValue(), bucket.docCount()));
        return counts;
    }

    /** Crimes in each cell of the size in each month, the months indexed as in the list. */
    Map<String, long[]> byCellAndMonth(Query where, int size, List<YearMonth> months) {
        Map<String, long[]> counts = new HashMap<>();
        // A month at a time: a month's cells fit in one page, where the pairs of cell and month of a
        // year need several, and each page reads the whole selection again.
        for (int i = 0; i < months.size(); i++) {
            int column = i;
            String month = months.get(i).toString();
            Query inMonth = Query.of(q -> q.bool(b -> b.filter(where)
                    .filter(f -> f.term(t -> t.field("record.month").value(month)))));
            composite(inMonth, Map.of("cell", source(cellField(size))), bucket -> counts
                    .computeIfAbsent(bucket.key().get("cell").stringValue(), c -> new long[months.size()])[column] =
                    bucket.docCount());
        }
        return counts;
    }

    /** Crimes of each month, by type. */
    Map<String, Map<String, Long>> byMonthAndType(Query where) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        composite(where, orderedSources("month", "record.month", "type", "record.crime_type"), bucket -> counts
                .computeIfAbsent(bucket.key().get("month").stringValue(), m -> new HashMap<>())
                .put(bucket.key().get("type").stringValue(), bucket.docCount()));
        return counts;
    }

    /** The months each force delivered any record for. */
    Map<String, java.util.Set<String>> monthsByForce(Query where) {
        Map<String, java.util.Set<String>> months = new HashMap<>();
        composite(where, orderedSources("force", "force", "month", "record.month"), bucket -> months
                .computeIfAbsent(bucket.key().get("force").stringValue(), f -> new java.util.TreeSet<>())
                .add(bucket.key().get("month").stringValue()));
        return months;
    }

    Map<String, Long> byMonth(Query where) {
        return byField(where, "record.month");
    }

    Map<String, Long> byForce(Query where) {
        return byField(where, "force");
    }

    Map<String, Long> byType(Query where) {
        return byField(where, "record.crime_type");
    }

    /** The busiest values of a field, most first. */
    Map<String, Long> top(Query where, String field, int size) {
        SearchResponse<Void> response = call(() -> client.search(s -> s.index(ReportIndices.ALIAS)
                .ignoreUnavailable(true).allowNoIndices(true).size(0).query(where)
                .aggregations("top", a -> a.terms(t -> t.field(field).size(size))), Void.class));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("top").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }

    /** Crimes of each of the values of a field, in one request rather than a count for each. */
    Map<String, Long> countsOf(Query where, String field, List<String> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        SearchResponse<Void> response = call(() -> client.search(s -> s.index(ReportIndices.ALIAS)
                .ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(q -> q.bool(b -> b.filter(where).filter(terms(field, values))))
                .aggregations("each", a -> a.terms(t -> t.field(field).size(values.size()))), Void.class));
        Map<String, Long> counts = new HashMap<>();
        Aggregate each = response.aggregations().get("each");
        if (each != null) {
            each.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        }
        return counts;
    }

    /** A record's field as delivered, for labels: the LSOA name of each LSOA code. */
    Map<String, String> lsoaNames(Query where, List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        SearchResponse<Void> response = call(() -> client.search(s -> s.index(ReportIndices.ALIAS)
                .ignoreUnavailable(true).allowNoIndices(true).size(0)
                .query(q -> q.bool(b -> b.filter(where).filter(terms("record.lsoa", codes))))
                .aggregations("lsoa", a -> a.terms(t -> t.field("record.lsoa").size(codes.size()))
                        .aggregations("one", o -> o.topHits(h -> h.size(1)
                                .source(src -> src.filter(sf -> sf.includes("record.attributes.LSOA name")))))),
                Void.class));
        Map<String, String> names = new HashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("lsoa").sterms().buckets().array()) {
            var hits = bucket.aggregations().get("one").topHits().hits().hits();
            if (!hits.isEmpty() && hits.getFirst().source() != null) {
                JsonData source = hits.getFirst().source();
                Object name = source.to(Map.class).get("record") instanceof Map<?, ?> record
                        && record.get("attributes") instanceof Map<?, ?> attributes ? attributes.get("LSOA name") : null;
                if (name != null) {
                    names.put(bucket.key().stringValue(), name.toString());
                }
            }
        }
        return names;
    }

    /** A page of the crimes, newest first. */
    CrimePage list(Query where, int page, int size) {
        SearchResponse<ReportDocument> response = call(() -> client.search(s -> s.index(ReportIndices.ALIAS)
                .ignoreUnavailable(true).allowNoIndices(true).query(where).from(page * size).size(size)
                .trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes("id", "force", "title", "location", "date", "record.month",
                        "record.crime_type", "record.address", "record.outcome", "record.lsoa", "record.source_key",
                        "record.type"))), ReportDocument.class));
        List<CrimeRow> rows = new ArrayList<>();
        for (Hit<ReportDocument> hit : response.hits().hits()) {
            ReportDocument d = hit.source();
            if (d == null) {
                continue;
            }
            var r = d.record();
            rows.add(new CrimeRow(d.id(), d.force(), r == null || r.month() == null ? null : YearMonth.parse(r.month()),
                    r == null ? null : r.crimeType(), d.title(), r == null ? null : r.address(),
                    r == null ? null : r.outcome(), r == null ? null : r.lsoa(),
                    d.location() == null ? null : d.location().lat(), d.location() == null ? null : d.location().lon(),
                    r == null ? null : r.sourceKey()));
        }
        long total = response.hits().total() == null ? rows.size() : response.hits().total().value();
        return new CrimePage(total, page, size, rows);
    }

    static String cellField(int size) {
        return "record.cells.m" + size;
    }

    private Map<String, Long> byField(Query where, String field) {
        Map<String, Long> counts = new HashMap<>();
        composite(where, Map.of("key", source(field)), bucket -> counts.put(bucket.key().get("key").stringValue(),
                bucket.docCount()));
        return counts;
    }

    /** Pages through a composite aggregation, so that no count is cut off however many keys there are. */
    private void composite(Query where, List<Map<String, CompositeAggregationSource>> sources,
            java.util.function.Consumer<CompositeBucket> each) {
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response = call(() -> client.search(s -> s.index(ReportIndices.ALIAS)
                    .ignoreUnavailable(true).allowNoIndices(true).size(0).query(where)
                    .aggregations("keys", a -> a.composite(c -> {
                        c.size(PAGE).sources(sources);
                        if (from != null) {
                            c.after(from);
                        }
                        return c;
                    })), Void.class));
            Aggregate aggregate = response.aggregations().get("keys");
            if (aggregate == null) {
                return;
            }
            CompositeAggregate keys = aggregate.composite();
            keys.buckets().array().forEach(each);
            after = keys.buckets().array().size() < PAGE ? null : keys.afterKey();
        } while (after != null && !after.isEmpty());
    }

    private void composite(Query where, Map<String, CompositeAggregationSource> source,
            java.util.function.Consumer<CompositeBucket> each) {
        composite(where, List.of(source), each);
    }

    private static List<Map<String, CompositeAggregationSource>> orderedSources(String first, String firstField,
            String second, String secondField) {
        return List.of(Map.of(first, source(firstField)), Map.of(second, source(secondField)));
    }

    private static CompositeAggregationSource source(String field) {
        return CompositeAggregationSource.of(s -> s.terms(t -> t.field(field)));
    }

    private static Query terms(String field, java.util.Collection<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }
}
