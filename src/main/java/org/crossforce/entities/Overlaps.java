package org.crossforce.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes each span of text name one entity. The finders each read the text their own way, so
 * "CT9 2RN" is also a dateless mark "CT9" to one of them; the longer reading wins, and between
 * readings of the same length the more specific kind.
 */
final class Overlaps {

    private static final Comparator<Mention> PREFERRED = Comparator
            .comparingInt((Mention m) -> m.start() - m.end())
            .thenComparingInt(m -> specificity(m.type()))
            .thenComparingInt(Mention::start);

    private Overlaps() {
    }

    static List<Mention> resolve(List<Mention> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        List<Mention> byPreference = new ArrayList<>(candidates);
        byPreference.sort(PREFERRED);
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : byPreference) {
            Map.Entry<Integer, Mention> before = kept.floorEntry(m.start());
            Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.start());
            boolean clashes = (before != null && before.getValue().end() > m.start())
                    || (after != null && after.getKey() < m.end());
            if (!clashes) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** Lower is more specific: a checked PNC ID is surer than a mark that happens to fit. */
    private static int specificity(EntityType type) {
        return switch (type) {
            case PNC_ID -> 0;
            case NI_NUMBER -> 1;
            case EMAIL -> 2;
            case PHONE -> 3;
            case POSTCODE -> 4;
            case VEHICLE -> 5;
            case ADDRESS, DATE -> 6;
            case WEAPON, DRUG -> 7;
            case PERSON, EVENT -> 8;
        };
    }
}
