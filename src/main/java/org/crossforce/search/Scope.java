package org.crossforce.search;

import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/**
 * The records a caller may see, as the filter that goes on every request: {@link Caller#mayRead}
 * written for Elasticsearch, one clause per grant. A caller without grants matches nothing.
 */
public final class Scope {

    private Scope() {
    }

    public static Query of(Caller caller) {
        List<Query> clauses = caller.grants().stream().map(g -> clause(g, caller.clearance())).toList();
        if (clauses.isEmpty()) {
            return Query.of(q -> q.bool(b -> b.mustNot(m -> m.matchAll(a -> a))));
        }
        return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch("1")));
    }

    private static Query clause(Grant grant, Marking clearance) {
        Marking upTo = grant.upTo().atMost(clearance);
        List<FieldValue> markings = Arrays.stream(Marking.values())
                .filter(m -> m.compareTo(upTo) <= 0)
                .map(m -> FieldValue.of(m.label()))
                .toList();
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("force").value(grant.force().value())))
                    .filter(f -> f.terms(t -> t.field("marking").terms(v -> v.value(markings))));
            if (!grant.conditional()) {
                b.filter(f -> f.term(t -> t.field("handling").value(Handling.P.name())));
            }
            return b;
        }));
    }
}
