package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.util.Locale;

import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Population;

/** What a maker needs for one file: its slot, the population, its own dice and its date and marking. */
record Context(Slot slot, Population population, Dice dice, ZonedDateTime created, String marking, String handling,
        String path) {

    CorpusForce force() {
        return slot.force();
    }

    /** A reference unique in the corpus, in the force's style: {@code KNT/25/004512}. */
    String reference() {
        return force().prefix() + "/" + String.format(Locale.ROOT, "%02d", created.getYear() % 100) + "/"
                + String.format(Locale.ROOT, "%06d", slot.index());
    }
}
