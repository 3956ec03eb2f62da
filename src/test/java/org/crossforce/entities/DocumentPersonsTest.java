package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentPersonsTest {

    private static Mention person(int at, String written) {
        return new Mention(EntityType.PERSON, at, at + written.length(), written, PersonNames.normalise(written), "person");
    }

    @Test
    void aSurnameEarlierInTheTextJoinsTheFullNameWrittenLater() {
        List<Mention> mentions = List.of(person(0, "Okafor"), person(20, "Chidi Okafor"), person(40, "Chidi"));

        assertThat(DocumentPersons.number(List.of(), mentions)).containsExactly(0, 0, 0);
    }

    @Test
    void theNarrativesMentionOfTheRecordsPersonIsThatPerson() {
        List<Mention> mentions = List.of(person(0, "Jonathan SMYTH"), person(30, "SMYTH"), person(50, "Ayesha Rahman"));

        assertThat(DocumentPersons.number(List.of("ayesha rahman", "jonathan smyth"), mentions)).containsExactly(1, 1, 0);
    }

    @Test
    void twoRecordPersonsOfOneNameStayTwo() {
        assertThat(DocumentPersons.number(List.of("john smith", "john smith"), List.of(person(0, "John Smith"))))
                .containsExactly(0);
    }

    @Test
    void anInitialJoinsTheNameItBegins() {
        List<Mention> mentions = List.of(person(0, "Rhys Tennant"), person(20, "R. Tennant"));

        assertThat(DocumentPersons.number(List.of(), mentions)).containsExactly(0, 0);
    }

    @Test
    void aForenameTwoPeopleShareIsNeitherOfThem() {
        List<Mention> mentions = List.of(person(0, "Tyler Batty"), person(20, "Tyler Shipley"), person(40, "Tyler"));

        assertThat(DocumentPersons.number(List.of(), mentions)).containsExactly(0, 1, 2);
    }

    @Test
    void differentNamesAreDifferentPeople() {
        List<Mention> mentions = List.of(person(0, "Wayne Shipley"), person(20, "Kerry-Ann Batty"), person(40, "Mia"));

        assertThat(DocumentPersons.number(List.of(), mentions)).containsExactly(0, 1, 2);
    }
}
