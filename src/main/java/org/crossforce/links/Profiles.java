package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/** An entity's page: counts, spellings, the records that mention it with the mention marked, a timeline. */
final class Profiles {

    private static final int SPELLINGS = 50;
    private static final int HIGHLIGHTED_SPELLINGS = 20;
    private static final String SEPARATOR = String.valueOf(ReportDocument.Entities.FORM_SEPARATOR);

    private final ElasticsearchClient client;
    private final Links links;

    Profiles(ElasticsearchClient client, Links links) {
        this.client = client;
        this.links = links;
    }

    Optional<EntityProfile> profile(Caller caller, Subject subject, int shown, int neighbours) {
        Query within = Query.of(q -> q.bool(b -> b.filter(Scope.of(caller)).filter(subject.filter())));
        SearchResponse<Void> counts = Fields.search(client, s -> s.size(0).trackTotalHits(t -> t.enabled(true))
                .query(within)
                .aggregations(Fields.tally())
                .aggregations("forms", a -> a.terms(t -> t.field(Fields.FORMS).size(SPELLINGS)
                        .include(i -> i.regexp(Fields.literal(subject.id() + SEPARATOR) + ".*"))))
                .aggregations("timeline", a -> a.dateHistogram(d -> d.field("date")
                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM").timeZone("Europe/London")
                        .minDocCount(1))), Void.class);
        long total = counts.hits().total() == null ? 0 : counts.hits().total().value();
        if (total == 0) {
            return Optional.empty();
        }
        List<String> spellings = new ArrayList<>();
        for (StringTermsBucket form : counts.aggregations().get("forms").sterms().buckets().array()) {
            String key = form.key().stringValue();
            spellings.add(key.substring(key.indexOf(SEPARATOR) + 1));
        }
        List<MentionHit> mentions = mentions(caller, subject, within, shown, spellings);
        if (subject.isName()) {
            spellings = nameSpellings(within, subject);
        }
        List<EntityProfile.MonthCount> timeline = new ArrayList<>();
        for (DateHistogramBucket month : counts.aggregations().get("timeline").dateHistogram().buckets().array()) {
            timeline.add(new EntityProfile.MonthCount(month.keyAsString(), month.docCount()));
        }
        String label = subject.isName() ? subject.plainLabel() : Labels.of(client, caller, subject.id());
        EntityHit entity = Fields.hit(subject.id(), subject.type(), label, counts.aggregations());
        return Optional.of(new EntityProfile(entity, spellings, mentions, timeline,
                links.neighbours(caller, subject, LinkFilter.NONE, neighbours)));
    }

    private List<MentionHit> mentions(Caller caller, Subject subject, Query within, int shown, List<String> spellings) {
        List<String> marked = spellings.stream().limit(HIGHLIGHTED_SPELLINGS).toList();
        Query highlight = subject.isName()
                ? Query.of(q -> q.match(m -> m.field("text").query(subject.plainLabel())))
                : Query.of(q -> q.bool(b -> {
                    marked.forEach(spelling -> b.should(s -> s.matchPhrase(p -> p.field("text").query(spelling))));
                    return b.minimumShouldMatch("1");
                }));
        SearchResponse<ReportDocument> response;
        try {
            response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .size(shown).query(within)
                    .source(src -> src.filter(f -> f.excludes("text", "metadata", "deliveries", "entities", "record")))
                    .sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                            .fields("text", f -> f.highlightQuery(highlight).fragmentSize(160)
                                    .numberOfFragments(2).noMatchSize(160))), ReportDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
        List<MentionHit> hits = new ArrayList<>();
        for (Hit<ReportDocument> hit : response.hits().hits()) {
            ReportDocument doc = hit.source();
            hits.add(new MentionHit(hit.id(), doc.force(), doc.kind(), doc.title(), doc.date(), doc.marking(),
                    doc.handling(), hit.highlight().getOrDefault("text", List.of()).stream()
                            .map(org.crossforce.search.Highlights::safe).toList(),
                    conditions(caller, doc)));
        }
        return hits;
    }

    /** Every way the records write a name: the spellings of their persons bearing it. */
    private List<String> nameSpellings(Query within, Subject subject) {
        String name = subject.id().substring(Subject.NAME.length());
        SearchResponse<ReportDocument> response = Fields.search(client, s -> s.size(200).query(within)
                .source(src -> src.filter(f -> f.includes(Fields.MENTIONS))), ReportDocument.class);
        Map<String, Integer> spellings = new LinkedHashMap<>();
        for (Hit<ReportDocument> hit : response.hits().hits()) {
            if (hit.source() == null || hit.source().entities() == null) {
                continue;
            }
            hit.source().entities().mentions().stream().filter(m -> name.equals(m.value()))
                    .forEach(m -> spellings.merge(m.text(), 1, Integer::sum));
        }
        return spellings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(SPELLINGS).toList();
    }

    private static String conditions(Caller caller, ReportDocument doc) {
        if (doc.force() == null || doc.marking() == null || doc.handling() == null) {
            return null;
        }
        String conditions = caller.conditionsFor(ForceCode.of(doc.force()), Marking.parse(doc.marking()),
                Handling.parse(doc.handling()));
        return conditions.isEmpty() ? null : conditions;
    }

}
