package org.crossforce.identity.resolution;

import org.crossforce.identity.Field;

/** The match weight of two records: the prior's log odds plus each field's weight, in bits. */
final class Scorer {

    private final Comparer comparer;
    private final Model model;

    Scorer(Comparer comparer, Model model) {
        this.comparer = comparer;
        this.model = model;
    }

    Model model() {
        return model;
    }

    Comparer comparer() {
        return comparer;
    }

    double weight(Features a, Features b) {
        return weight(comparer.compare(a, b), a);
    }

    double weight(int[] levels, Features a) {
        double w = model.priorWeight();
        for (Field field : Field.values()) {
            w += fieldWeight(field, levels[field.ordinal()], a);
        }
        return w;
    }

    /** A field's weight for a, exact agreement on a name weighed by how common a's name is. */
    double fieldWeight(Field field, int level, Features a) {
        if (level == 0 && field == Field.SURNAME && a.surname != null) {
            return model.nameWeight(field, a.surname);
        }
        if (level == 0 && field == Field.FORENAME && a.forename != null) {
            return model.nameWeight(field, a.forename);
        }
        return model.weight(field, level);
    }
}
