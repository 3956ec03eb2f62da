package org.crossforce.corpus.documents;

import org.crossforce.corpus.population.CorpusForce;

/** Forces by name as officers write them in prose. */
final class ForceNames {

    private ForceNames() {
    }

    static String of(CorpusForce force) {
        return switch (force) {
            case METROPOLITAN -> "the Metropolitan Police";
            case CITY_OF_LONDON -> "City of London Police";
            case KENT -> "Kent Police";
            case BTP -> "British Transport Police";
            case ESSEX -> "Essex Police";
        };
    }
}
