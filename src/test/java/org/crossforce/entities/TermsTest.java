package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void weaponsAndDrugsAreFoundByTheirStreetNamesAndGivenTheirCanonicalName() {
        String text = "He was carrying a shank and a Machete; in the car were 12 wraps of crack, some skunk "
                + "and a bag of spice.";
        assertThat(Found.ids(text)).containsExactly("weapon:knife", "weapon:machete", "drug:crack cocaine",
                "drug:cannabis", "drug:synthetic cannabinoids");
    }

    @Test
    void theLongestTermWins() {
        assertThat(Found.mentions("A ZOMBIE KNIFE, a sawn-off shotgun and crack cocaine."))
                .extracting(Mention::text, Mention::value)
                .containsExactly(tuple("ZOMBIE KNIFE", "zombie knife"),
                        tuple("sawn-off shotgun", "sawn-off shotgun"),
                        tuple("crack cocaine", "crack cocaine"));
    }

    @Test
    void spacesHyphensAndLineBreaksInATermAreAlike() {
        assertThat(Found.ids("a knuckle-duster, a knuckle duster, a knuckleduster and county\nlines"))
                .containsExactly("weapon:knuckleduster", "weapon:knuckleduster", "weapon:knuckleduster",
                        "drug:county lines");
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(Found.ids("Knifepoint, gunman, cracked, spiced, ammonia, axes, Guns.")).containsExactly(
                "weapon:firearm");
    }

    @Test
    void ambiguousTermsNeedDrugTalkInTheSameSentence() {
        assertThat(Found.ids("There was a crack in the window. The weed in the garden was tall.")).isEmpty();
        assertThat(Found.ids("He was smoking crack. She sold weed to pupils.")).containsExactly(
                "drug:crack cocaine", "drug:cannabis");
        assertThat(Found.ids("Heroin and crack were found.")).containsExactly("drug:heroin", "drug:crack cocaine");
    }

    @Test
    void phrasesThatAreNotWeaponsOrDrugsBlockTheTermsInsideThem() {
        assertThat(Found.ids("A pain in the shoulder blade, a nail gun, weed killer, the hash value of the image, "
                + "the spice rack, the gun crime unit and the bullet points. Then a blade was found."))
                .containsExactly("weapon:knife");
    }

    @Test
    void aStreetNameForAPersonIsNotTheThing() {
        assertThat(Found.ids("Aminat OLUWASEUN aka \"Bullet\" was seen with Kaz, known as Skunk, and 'Spice'."))
                .noneMatch(id -> id.startsWith("weapon:") || id.startsWith("drug:"));
        assertThat(Found.ids("He had a bullet in his pocket.")).containsExactly("weapon:ammunition");
    }

    @Test
    void categoriesComeFromTheLists() {
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.WEAPON, "zombie knife"))).isEqualTo("bladed weapon");
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.WEAPON, "firearm"))).isEqualTo("firearm");
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.DRUG, "crack cocaine"))).isEqualTo("Class A drug");
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.DRUG, "cannabis"))).isEqualTo("Class B drug");
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.DRUG, "county lines"))).isEqualTo("drug supply");
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.DRUG, "aspirin"))).isNull();
        assertThat(EntityFinder.categoryOf(new EntityId(EntityType.VEHICLE, "AB12CDE"))).isNull();
    }

    @Test
    void theListsHoldARealisticVocabulary() {
        List<Term> terms = TermLists.standard();
        long entities = terms.stream().filter(t -> !t.blocks()).count();
        assertThat(entities).isBetween(60L, 150L);
        assertThat(terms).extracting(Term::term).doesNotHaveDuplicates()
                .contains("zombie knife", "machete", "shank", "crack", "spice", "county lines", "skunk");
    }

    @Test
    void aListFileMayHaveAHeaderCommentsAndAContextColumn() throws IOException {
        String tsv = "# a comment\nterm\tcanonical\tcategory\n\nMachete\tmachete\tbladed weapon\n"
                + "weed\tcannabis\tClass B drug\tcontext\nweed killer\t-\t-\n";
        assertThat(TermLists.parse("test.tsv", EntityType.DRUG, new StringReader(tsv))).containsExactly(
                new Term("machete", EntityType.DRUG, "machete", "bladed weapon", false),
                new Term("weed", EntityType.DRUG, "cannabis", "Class B drug", true),
                new Term("weed killer", EntityType.DRUG, null, null, false));
    }

    @Test
    void aMalformedListSaysWhere() {
        String oneColumn = "term\tcanonical\tcategory\nspice only\n";
        assertThatThrownBy(() -> TermLists.parse("bad.tsv", EntityType.DRUG, new StringReader(oneColumn)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.tsv line 2");
        List<Term> clash = List.of(new Term("gear", EntityType.DRUG, "heroin", "Class A drug", false),
                new Term("skag", EntityType.DRUG, "heroin", "Class B drug", false));
        assertThatThrownBy(() -> new Terms(clash)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two categories");
    }
}
