package org.crossforce.corpus.population;

/** A fictional officer or member of staff who writes and receives documents. */
public record Officer(String id, String rank, String collar, String forename, String surname, CorpusForce force,
        String unit, String email, Phone phone) {
}
