package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.identity.Field;
import org.crossforce.identity.FieldComparison;
import org.crossforce.identity.Judgement;
import org.crossforce.identity.PairExplanation;
import org.crossforce.identity.PersonRecord;

/** Puts into words why two records are or are not one person. */
final class Explainer {


    private Explainer() {
    }

    static PairExplanation explain(IdentityGraph graph, int i, int j) {
        Features a = graph.features.get(i);
        Features b = graph.features.get(j);
        Scorer scorer = graph.scorer;
        Model model = scorer.model();
        int[] levels = scorer.comparer().compare(a, b);
        boolean swapped = Comparer.swapped(a, b);
        List<FieldComparison> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            int level = levels[field.ordinal()];
            double weight = scorer.fieldWeight(field, level, a);
            double m = level == Field.MISSING ? 0 : model.m()[field.ordinal()][level];
            double u = level == Field.MISSING ? 0 : m / Math.pow(2, weight);
            String words = level == Field.MISSING ? "missing" : field.levels().get(level);
            if (swapped && (field == Field.FORENAME || field == Field.SURNAME)) {
                words += ", names the other way round";
            }
            fields.add(new FieldComparison(field, words, field.agreement(level), shown(field, a.record),
                    shown(field, b.record), m, u, weight));
        }
        double total = scorer.weight(levels, a);
        return new PairExplanation(a.record.key(), b.record.key(), List.copyOf(fields), model.priorWeight(), total,
                Model.probability(total), decision(graph, i, j, total));
    }

    private static PairExplanation.Decision decision(IdentityGraph graph, int i, int j, double weight) {
        String pair = Judgement.pairOf(graph.features.get(i).record.key(), graph.features.get(j).record.key());
        Judgement judged = graph.judgements.get(pair);
        if (judged != null) {
            return judged.same() ? PairExplanation.Decision.CONFIRMED : PairExplanation.Decision.REJECTED;
        }
        boolean together = graph.clusters.find(i) == graph.clusters.find(j);
        if (together) {
            return weight >= graph.settings.autoJoinWeight() ? PairExplanation.Decision.JOINED
                    : PairExplanation.Decision.JOINED_THROUGH_OTHERS;
        }
        if (weight >= graph.settings.autoJoinWeight()) {
            return PairExplanation.Decision.REFUSED;
        }
        return weight >= graph.settings.reviewWeight() ? PairExplanation.Decision.REVIEW
                : PairExplanation.Decision.NOT_JOINED;
    }

    /** A field's value as the record holds it, for the analyst to read. */
    static String shown(Field field, PersonRecord r) {
        return switch (field) {
            case FORENAME -> r.forenames();
            case SURNAME -> r.surname();
            case BIRTH -> r.born();
            case ADDRESS -> r.addresses().isEmpty() ? null : r.addresses().stream()
                    .map(PersonRecord.Address::shown)
                    .collect(Collectors.joining("; "));
            case PHONE -> joined(r.phones());
            case EMAIL -> joined(r.emails());
            case VEHICLE -> joined(r.vrms());
            case PNC -> joined(r.pncs());
        };
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
