package org.crossforce.search;

import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Marking;

/**
 * The records a caller may see, as a filter that goes on every request: the caller's forces, and
 * markings up to the caller's clearance.
 */
final class Scope {

    private Scope() {
    }

    static Query of(Caller caller) {
        List<FieldValue> forces = caller.forces().stream().map(f -> FieldValue.of(f.value())).toList();
        List<FieldValue> markings = Arrays.stream(Marking.values())
                .filter(m -> m.compareTo(caller.clearance()) <= 0)
                .map(m -> FieldValue.of(m.label()))
                .toList();
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.terms(t -> t.field("force").terms(v -> v.value(forces))))
                .filter(f -> f.terms(t -> t.field("marking").terms(v -> v.value(markings))))));
    }
}
