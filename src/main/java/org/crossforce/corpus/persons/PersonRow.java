package org.crossforce.corpus.persons;

import java.util.List;
import java.util.Locale;

import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Nominal;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Phone;
import org.crossforce.corpus.writing.Noise;

/** One record of a person, as one force's system holds it; the columns are {@link PersonsFile#HEADER}'s. */
final class PersonRow {

    /** Most records are made by the force the person lives in; the rest anywhere, BTP's included. */
    static final double HOME_FORCE = 0.7;
    /** Of people who have one. */
    static final double PHONE = 0.4;
    static final double EMAIL = 0.2;
    static final double VRM = 0.1;
    /** Of the PNC ids given: two-digit year, serial without its leading zeros (09/345678Y). */
    static final double PNC_SHORT = 0.15;
    /** Of people with a second handset, how often a record has that one. */
    private static final double OTHER_PHONE = 0.3;

    private PersonRow() {
    }

    static List<String> of(Nominal nominal, String recordId, Dice dice) {
        Person person = nominal.person();
        RecordSystem system = RecordSystem.values()[dice.weighted(RecordSystem.weights())];
        CorpusForce force = dice.chance(HOME_FORCE) ? person.homeForce()
                : CorpusForce.values()[dice.weighted(CorpusForce.weights())];
        String forename = Forms.forename(person.forename(), dice);
        String surname = Forms.surname(nominal, system.upperSurname(), dice);
        if (!forename.isEmpty() && dice.chance(Forms.SWAPPED)) {
            String was = forename;
            forename = surname;
            surname = was;
        }
        Forms.Born born = Forms.dateOfBirth(person.dateOfBirth(), dice);
        Forms.Lived lived = Forms.address(nominal, dice);
        return List.of(recordId, force.displayName(), system.label(), surname, forename, born.date(), born.year(),
                lived.address(), lived.postcode(), phone(person, dice),
                person.email() != null && dice.chance(EMAIL) ? person.email() : "",
                pnc(nominal.pnc(), system, dice),
                person.vehicle() != null && dice.chance(VRM) ? Noise.vrm(person.vehicle().vrm(), dice).text() : "",
                nominal.id());
    }

    private static String phone(Person person, Dice dice) {
        if (person.phones().isEmpty() || !dice.chance(PHONE)) {
            return "";
        }
        Phone phone = person.phones().size() > 1 && dice.chance(OTHER_PHONE) ? person.phones().get(1) : person.phone();
        return Noise.phone(phone, dice).text();
    }

    private static String pnc(String pnc, RecordSystem system, Dice dice) {
        if (pnc == null || !dice.chance(system.pnc())) {
            return "";
        }
        if (!dice.chance(PNC_SHORT)) {
            return pnc;
        }
        // 2009/0345678Y as 09/345678Y: both forms are the same id to the PNC.
        String serial = pnc.substring(5, 12).replaceFirst("^0+(?=\\d)", "");
        return String.format(Locale.ROOT, "%s/%s%s", pnc.substring(2, 4), serial, pnc.substring(12));
    }
}
