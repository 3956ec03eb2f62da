package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsInclude;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.entities.EntityId;
import org.crossforce.entities.EntityType;
import org.crossforce.entities.Identifiers;
import org.crossforce.entities.PersonNames;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;

/**
 * Finding entities: what a typed value or name could be, counted in the records the caller may
 * read. An identifier is looked up by its normalised value and, while it is still being typed,
 * by its beginning; a name by its words, spelt loosely or sounding alike.
 */
final class EntityIndex {

    private static final int SHOWN = 50;
    private static final int NAMES_CONSIDERED = 500;

    private final ElasticsearchClient client;

    EntityIndex(ElasticsearchClient client) {
        this.client = client;
    }

    List<EntityHit> find(Caller caller, EntityQuery query) {
        String text = query.text();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> exact = Identifiers.interpret(text).stream().map(EntityId::toString)
                .filter(id -> query.wants(Fields.typeOf(id))).toList();
        List<String> patterns = beginnings(text, query);
        List<EntityHit> hits = new ArrayList<>();
        if (!exact.isEmpty() || !patterns.isEmpty()) {
            hits.addAll(identifiers(caller, query.forces(), exact, patterns));
        }
        if (query.wants(EntityType.PERSON.prefix()) && text.chars().anyMatch(Character::isLetter)
                && text.chars().noneMatch(Character::isDigit)) {
            hits.addAll(names(caller, query.forces(), text));
        }
        return hits;
    }

    /** The entities of a type (or of every type but persons, a node each) that the most records mention. */
    List<EntityHit> mostMentioned(Caller caller, String type, int size) {
        // A person is one document's own, an event one record's; a day is shared by all that happened on it.
        String regex = type != null ? Fields.literal(type) + ":.*"
                : Fields.idsOfTypesOtherThan(EntityType.PERSON, EntityType.EVENT, EntityType.DATE);
        return counted(caller, Set.of(), Query.of(q -> q.exists(e -> e.field(Fields.IDS))), Fields.IDS,
                TermsInclude.of(i -> i.regexp(regex)), size, id -> true);
    }

    /** Identifiers and names of a batch, each exactly as normalised: one request for each kind. */
    Map<String, EntityHit> exactly(Caller caller, Collection<String> ids, Collection<String> names) {
        Map<String, EntityHit> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            counted(caller, Set.of(), Fields.terms(Fields.IDS, ids), Fields.IDS,
                    TermsInclude.of(i -> i.terms(List.copyOf(ids))), ids.size(), id -> true)
                    .forEach(h -> found.put(h.id(), h));
        }
        if (!names.isEmpty()) {
            counted(caller, Set.of(), Fields.terms(Fields.NAMES, names), Fields.NAMES,
                    TermsInclude.of(i -> i.terms(List.copyOf(names))), names.size(), name -> true)
                    .forEach(h -> found.put(h.id(), h));
        }
        return found;
    }

    private List<EntityHit> identifiers(Caller caller, Set<ForceCode> forces, List<String> exact, List<String> patterns) {
        Set<String> alternatives = new LinkedHashSet<>();
        exact.forEach(id -> alternatives.add(Fields.literal(id)));
        alternatives.addAll(patterns);
        String regex = String.join("|", alternatives);
        Query which = Query.of(q -> q.regexp(r -> r.field(Fields.IDS).value(regex)));
        List<EntityHit> hits = new ArrayList<>(counted(caller, forces, which, Fields.IDS,
                TermsInclude.of(i -> i.regexp(regex)), SHOWN, id -> true));
        // What the analyst typed exactly comes before what merely begins with it.
        hits.sort(Comparator.comparing((EntityHit h) -> !exact.contains(h.id()))
                .thenComparing(Comparator.comparingLong(EntityHit::mentions).reversed()));
        return hits;
    }

    private List<EntityHit> names(Caller caller, Set<ForceCode> forces, String text) {
        Query loosely = Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field(Fields.NAMES + ".text").query(text).fuzziness("AUTO")
                        .operator(Operator.And)))
                .should(s -> s.match(m -> m.field(Fields.NAMES + ".phonetic").query(text).operator(Operator.And)))
                .minimumShouldMatch("1")));
        List<EntityHit> hits = counted(caller, forces, loosely, Fields.NAMES, null, NAMES_CONSIDERED,
                name -> NameMatch.matches(text, name));
        String typed = PersonNames.normalise(text);
        return hits.stream()
                .sorted(Comparator.comparing((EntityHit h) -> !h.id().equals(Subject.NAME + typed))
                        .thenComparing(Comparator.comparingLong(EntityHit::mentions).reversed()))
                .limit(SHOWN)
                .toList();
    }

    /** Entities (or names) of the records matching {@code which}, each with its counts. */
    private List<EntityHit> counted(Caller caller, Set<ForceCode> forces, Query which, String field,
            TermsInclude include, int size, Predicate<String> keep) {
        try {
            SearchResponse<Void> response = client.search(s -> s
                    .index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true).size(0)
                    .query(q -> q.bool(b -> {
                        b.filter(Scope.of(caller)).filter(which);
                        Fields.forces(b, forces);
                        return b;
                    }))
                    .aggregations("entities", a -> a
                            .terms(t -> {
                                t.field(field).size(Math.max(1, size));
                                if (include != null) {
                                    t.include(include);
                                }
                                return t;
                            })
                            .aggregations(Fields.tally())), Void.class);
            List<EntityHit> hits = new ArrayList<>();
            for (StringTermsBucket bucket : Fields.buckets(response.aggregations(), "entities")) {
                String key = bucket.key().stringValue();
                if (!keep.test(key)) {
                    continue;
                }
                boolean name = Fields.NAMES.equals(field);
                String id = name ? Subject.NAME + key : key;
                hits.add(Fields.hit(id, name ? EntityType.PERSON.prefix() : Fields.typeOf(key),
                        name ? PersonNames.display(key) : key.substring(key.indexOf(':') + 1), bucket.aggregations()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    /**
     * Lucene patterns for identifiers that begin with what was typed, so that a partial plate or
     * number still finds its entities: {@code AB12} finds {@code vrm:AB12CDE}, {@code 07700 900}
     * finds {@code phone:+447700900123}, {@code knife} finds {@code weapon:zombie knife}.
     */
    static List<String> beginnings(String text, EntityQuery query) {
        List<String> patterns = new ArrayList<>();
        String upper = text.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        String compact = upper.replace(" ", "");
        boolean hasDigit = compact.chars().anyMatch(Character::isDigit);
        if (compact.length() >= 3 && hasDigit && compact.matches("[A-Z0-9/]+")) {
            for (EntityType type : List.of(EntityType.VEHICLE, EntityType.PNC_ID, EntityType.NI_NUMBER)) {
                if (query.wants(type.prefix())) {
                    patterns.add(type.prefix() + ":" + Fields.literal(compact) + ".*");
                }
            }
            if (query.wants(EntityType.POSTCODE.prefix())) {
                patterns.add(EntityType.POSTCODE.prefix() + ":" + Fields.literal(upper) + ".*");
            }
        }
        String digits = text.replaceAll("[\\s\\-().]", "");
        if (query.wants(EntityType.PHONE.prefix()) && digits.matches("\\+?\\d{5,}")) {
            String international = digits.startsWith("+") ? digits.substring(1)
                    : digits.startsWith("0") ? "44" + digits.substring(1) : digits;
            patterns.add(EntityType.PHONE.prefix() + ":\\+" + international + ".*");
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (query.wants(EntityType.EMAIL.prefix()) && lower.contains("@")) {
            patterns.add(EntityType.EMAIL.prefix() + ":" + Fields.literal(lower) + ".*");
        }
        if (lower.length() >= 3 && lower.matches("[\\p{L} '\\-]+")) {
            for (EntityType type : List.of(EntityType.WEAPON, EntityType.DRUG)) {
                if (query.wants(type.prefix())) {
                    patterns.add(type.prefix() + ":(.*\\ )?" + Fields.literal(lower) + ".*");
                }
            }
        }
        return patterns;
    }
}
