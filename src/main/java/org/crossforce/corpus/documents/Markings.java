package org.crossforce.corpus.documents;

import org.crossforce.corpus.population.Dice;

/**
 * Markings and handling codes in the proportions a force's holdings show: intelligence is mostly
 * OFFICIAL-SENSITIVE and more often carries conditions, photos are mostly OFFICIAL.
 */
final class Markings {

    private static final String[] LABELS = {"OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"};

    private Markings() {
    }

    static String marking(Kind kind, Dice dice) {
        return LABELS[switch (kind) {
            case INTELLIGENCE_LOG_TXT, INTELLIGENCE_LOG_HTML -> dice.weighted(15, 75, 10);
            case PHOTO -> dice.weighted(85, 15, 0);
            default -> dice.weighted(55, 42, 3);
        }];
    }

    static String handling(Kind kind, Dice dice) {
        double conditions = kind == Kind.INTELLIGENCE_LOG_TXT || kind == Kind.INTELLIGENCE_LOG_HTML ? 0.35 : 0.12;
        return dice.chance(conditions) ? "C" : "P";
    }

    /** The higher of two markings, for a file that holds several records. */
    static String higher(String a, String b) {
        return java.util.List.of(LABELS).indexOf(a) >= java.util.List.of(LABELS).indexOf(b) ? a : b;
    }
}
