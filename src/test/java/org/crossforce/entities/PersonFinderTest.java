package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Names in the ways officers, staff and the public write them, and the words that only look like names. */
class PersonFinderTest {

    private final PersonFinder finder = new PersonFinder(PersonLexicon.standard());

    private List<String> names(String text) {
        List<Mention> found = new ArrayList<>();
        finder.find(text, found);
        return found.stream().map(Mention::text).toList();
    }

    @Test
    void aTitleOrRankIsLeftOutOfTheName() {
        assertThat(names("Statement taken by DC Priya Venkatesh at 14:20.")).containsExactly("Priya Venkatesh");
        assertThat(names("PC 2231 Lowther attended with Sgt. Marwood.")).containsExactly("Lowther", "Marwood");
        assertThat(names("Mrs Adeyemi let officers in; Dr. Fairhurst examined her.")).containsExactly("Adeyemi", "Fairhurst");
        assertThat(names("Reviewed by Det Insp Callaghan.")).containsExactly("Callaghan");
    }

    @Test
    void aSurnameInCapitalsMakesAName() {
        assertThat(names("Suspect Darnell OKONKWO-REID was seen leaving.")).containsExactly("Darnell OKONKWO-REID");
        assertThat(names("The victim, Marta WISNIEWSKA, called at 02:10.")).containsExactly("Marta WISNIEWSKA");
    }

    @Test
    void aSurnameFirstInAFieldIsOneName() {
        assertThat(names("Name: ACHTERBERG, Pieter Willem\nDOB: 02/03/1988")).containsExactly("ACHTERBERG, Pieter Willem");
    }

    @Test
    void initialsWithASurnameAreAName() {
        assertThat(names("Exhibit produced by R. Tennant and seized by S J Oduya.")).containsExactly("R. Tennant", "S J Oduya");
    }

    @Test
    void namesOfAnyOriginAreFoundByTheirLooks() {
        assertThat(names("Officers spoke to Oluwaseun Adebayo and Thi Huong Nguyen outside."))
                .containsExactly("Oluwaseun Adebayo", "Thi Huong Nguyen");
        assertThat(names("Andrzej said he had not seen Gheorghe since March."))
                .contains("Andrzej");
    }

    @Test
    void aNameFoundOnceIsFoundWhereverItRecurs() {
        List<String> found = names("Mr Rashford Beaumont was arrested. Beaumont made no comment. Later Rashford asked for a solicitor.");
        assertThat(found).containsExactly("Rashford Beaumont", "Beaumont", "Rashford");
    }

    @Test
    void possessivesLeaveTheNameAlone() {
        assertThat(names("The knife was found in Tomasz Zielinski's car.")).containsExactly("Tomasz Zielinski");
    }

    @Test
    void aQuotedNicknameAfterAkaIsAName() {
        assertThat(names("Subject 2, Corey Lambert aka \"Smudge\", runs the line.")).containsExactly("Corey Lambert", "Smudge");
    }

    @Test
    void streetsBuildingsBusinessesAndCarsAreNotNames() {
        assertThat(names("Seen on Kingsley Road near Victoria Station in a Vauxhall Corsa.")).isEmpty();
        assertThat(names("Taken from McAllister Joinery Ltd on the Broadmead Estate.")).isEmpty();
        assertThat(names("CCTV from St Aldhelm's Church was viewed by the OIC.")).isEmpty();
    }

    @Test
    void aLoneWordAfterAPrepositionOfPlaceIsAPlace() {
        assertThat(names("The pair travelled to Margate and stayed in Harrow overnight.")).isEmpty();
    }

    @Test
    void roleWordsAndDatesAreNotNames() {
        assertThat(names("On Tuesday 14 March the IP told S1 to leave. W1 saw nothing.")).isEmpty();
    }

    @Test
    void inAStatementWrittenInCapitalsOnlyUnusualWordsCount() {
        assertThat(names("I WAS WALKING HOME WHEN I SAW DEJAN KOVACEVIC PUNCH THE MAN IN THE FACE"))
                .containsExactly("DEJAN KOVACEVIC");
    }

    @Test
    void aNameAtTheStartOfASentenceIsStillAName() {
        assertThat(names("The door was open. Imogen Thackeray then left with the bag.")).containsExactly("Imogen Thackeray");
    }

    @Test
    void anEmailHeaderAndSignatureNameTheirPeople() {
        String email = "From: Hollis, Graham\nTo: DS Rukhsana Begum\nSubject: Op Larch\n\nRukhsana,\n\nThanks.\n\nGraham Hollis\nIntelligence Officer";
        assertThat(names(email)).contains("Hollis, Graham", "Rukhsana Begum", "Rukhsana", "Graham Hollis");
    }

    @Test
    void theMentionValueIsTheNormalisedName() {
        List<Mention> found = new ArrayList<>();
        finder.find("Name: ACHTERBERG, Pieter", found);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.value()).isEqualTo("pieter achterberg");
            assertThat(m.extractor()).isEqualTo("person");
        });
    }

    @Test
    void aPlaceIsNoPersonUnlessATitleOrTheDocumentSaysSo() {
        assertThat(names("Arrested by Kent officers; reported missing by the Met (Hackney). Home address believed "
                + "Walthamstow, London. Runners travel from Hackney to Thanet via Margate station.")).isEmpty();
        assertThat(names("Hackney Children's Social Care were told. Hackney MASH will review.")).doesNotContain("Hackney");
        assertThat(names("Mr Kent was spoken to. Kent said he had not been there.")).containsExactly("Kent", "Kent");
        assertThat(names("The driver, Preston OKAFOR, was arrested in Preston.")).containsExactly("Preston OKAFOR");
    }
}
