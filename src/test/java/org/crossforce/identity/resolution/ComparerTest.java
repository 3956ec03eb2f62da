package org.crossforce.identity.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossforce.identity.Field;
import org.junit.jupiter.api.Test;

class ComparerTest {

    private final Comparer comparer = new Comparer(Nicknames.shipped());

    private int level(Field field, People a, People b) {
        return comparer.compare(a.features(), b.features())[field.ordinal()];
    }

    private String words(Field field, People a, People b) {
        int level = level(field, a, b);
        return level == Field.MISSING ? "missing" : field.levels().get(level);
    }

    @Test
    void surnamesThatSoundAlikeOrCarryATypoAreSimilar() {
        assertThat(words(Field.SURNAME, People.named("Jonathan", "SMYTH"), People.named("Jon", "Smith")))
                .isEqualTo("similar spelling or sound");
        assertThat(words(Field.SURNAME, People.named("A", "Richardson"), People.named("A", "Richadson")))
                .isEqualTo("similar spelling or sound");
        assertThat(words(Field.SURNAME, People.named("A", "Okafor"), People.named("A", "Patel")))
                .isEqualTo("different");
    }

    @Test
    void familiarFormsAndTransliterationsOfAForenameAgree() {
        assertThat(words(Field.FORENAME, People.named("Bill", "Evans"), People.named("William", "Evans")))
                .isEqualTo("familiar form or other forename");
        assertThat(words(Field.FORENAME, People.named("Jon", "Smyth"), People.named("Jonathan", "Smyth")))
                .isEqualTo("familiar form or other forename");
        assertThat(level(Field.FORENAME, People.named("Mohammed", "Khan"), People.named("Muhammad", "Khan")))
                .isIn(1, 2);
        assertThat(words(Field.FORENAME, People.named("Siobhan Marie", "O'Neill"), People.named("Marie", "O'Neill")))
                .isEqualTo("familiar form or other forename");
    }

    @Test
    void anInitialAgreesOnlyWithForenamesItBegins() {
        assertThat(words(Field.FORENAME, People.named("J.", "Smyth"), People.named("Jonathan", "Smyth")))
                .isEqualTo("initial agrees");
        assertThat(words(Field.FORENAME, People.named("J", "Smyth"), People.named("Peter", "Smyth")))
                .isEqualTo("different");
    }

    @Test
    void namesWrittenTheOtherWayRoundStillAgree() {
        People a = People.named("Jonathan", "Smyth");
        People b = People.named("Smyth", "Jonathan");
        assertThat(words(Field.FORENAME, a, b)).isEqualTo("same");
        assertThat(words(Field.SURNAME, a, b)).isEqualTo("same");
    }

    @Test
    void aDoubleBarrelledSurnameAgreesInPartWithEitherHalfAndWhollyWithoutItsHyphen() {
        assertThat(words(Field.SURNAME, People.named("Amy", "Smith-Jones"), People.named("Amy", "Jones")))
                .isEqualTo("one part of a double-barrelled name");
        assertThat(words(Field.SURNAME, People.named("Amy", "Smith-Jones"), People.named("Amy", "Smith Jones")))
                .isEqualTo("same");
    }

    @Test
    void datesOfBirthWithDayAndMonthSwappedOneDigitWrongOrOnlyTheYear() {
        People a = People.named("J", "S").born(1985, 4, 3);
        assertThat(words(Field.BIRTH, a, People.named("J", "S").born(1985, 3, 4))).isEqualTo("day and month swapped");
        assertThat(words(Field.BIRTH, a, People.named("J", "S").born(1986, 4, 3))).isEqualTo("one digit different");
        assertThat(words(Field.BIRTH, a, People.named("J", "S").born(1985, 4, 13))).isEqualTo("one digit different");
        assertThat(words(Field.BIRTH, a, People.named("J", "S").bornIn(1985)))
                .isEqualTo("same year, full date on one side only");
        assertThat(words(Field.BIRTH, a, People.named("J", "S").born(2010, 6, 21))).isEqualTo("different");
        assertThat(words(Field.BIRTH, a, People.named("J", "S"))).isEqualTo("missing");
    }

    @Test
    void addressesAgreeByPremisesPostcodeOrDistrict() {
        People a = People.named("J", "S").at("12 Dalby Square, Margate", "CT9 2ER");
        assertThat(words(Field.ADDRESS, a, People.named("J", "S").at("12 DALBY SQ", "ct92er"))).isEqualTo("same premises");
        assertThat(words(Field.ADDRESS, a, People.named("J", "S").at("14 Dalby Square", "CT9 2ER")))
                .isEqualTo("same postcode");
        assertThat(words(Field.ADDRESS, a, People.named("J", "S").at("3 Zion Place", "CT9 1RB")))
                .isEqualTo("same postcode district");
        assertThat(words(Field.ADDRESS, a, People.named("J", "S").at("1 Mare Street", "E8 4RP"))).isEqualTo("different");
    }

    @Test
    void identifiersAreSharedOrDifferentOrMissing() {
        People a = People.named("J", "S").phone("+447700900481").pnc("2009/0345678Y");
        assertThat(words(Field.PHONE, a, People.named("J", "S").phone("+447700900481"))).isEqualTo("shared");
        assertThat(words(Field.PHONE, a, People.named("J", "S").phone("+447700900123"))).isEqualTo("different");
        assertThat(words(Field.PNC, a, People.named("J", "S").pnc("2011/0000001Z"))).isEqualTo("different");
        assertThat(words(Field.EMAIL, a, People.named("J", "S"))).isEqualTo("missing");
    }
}
