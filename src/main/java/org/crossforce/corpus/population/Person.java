package org.crossforce.corpus.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A fictional member of the public. {@code nickname} is the short form of the forename (Jon for
 * Jonathan) and {@code alias} a street name, either may be null.
 */
public record Person(String id, String forename, String surname, String nickname, String alias, LocalDate dateOfBirth,
        Address home, List<Phone> phones, Vehicle vehicle, String email, CorpusForce homeForce, String occupation) {

    public Phone phone() {
        return phones.isEmpty() ? null : phones.getFirst();
    }
}
