package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressesTest {

    private static List<Mention> found(String text) {
        List<Mention> out = new ArrayList<>();
        Addresses.find(text, out);
        return out;
    }

    @Test
    void anAddressWithItsTownAndPostcodeIsOneEntityAndThePostcodeAnother() {
        String text = "Officers attended Flat 2, 14 Rowan Crescent, Margate CT9 5LP at 07:15.";
        assertThat(found(text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Flat 2, 14 Rowan Crescent, Margate");
            assertThat(m.value()).isEqualTo("14 rowan crescent, CT9 5LP");
        });
        assertThat(new EntityFinder().find(text)).extracting(m -> m.entity().toString())
                .containsExactly("address:14 rowan crescent, CT9 5LP", "postcode:CT9 5LP");
    }

    @Test
    void streetWordsAreWrittenOutSoTwoSpellingsAreOneAddress() {
        assertThat(found("seen at 12 Dalby Sq, Margate.")).extracting(Mention::value).containsExactly("12 dalby square, margate");
        assertThat(found("SEARCH AT 12 DALBY SQUARE, MARGATE")).extracting(Mention::value)
                .containsExactly("12 dalby square, margate");
        assertThat(found("lives at 3 Kings Rd CT9 2ER")).extracting(Mention::value).containsExactly("3 kings road, CT9 2ER");
    }

    @Test
    void withoutATownOrPostcodeAnAddressCouldBeAnywhereAndLinksNothing() {
        assertThat(found("A man was seen outside 14 High Street at 23:10.")).isEmpty();
    }

    @Test
    void theNextClauseIsNoTown() {
        assertThat(found("He went to 9 Mill Lane, then left.")).isEmpty();
        assertThat(found("He went to 9 Mill Lane, Later he came back.")).isEmpty();
        assertThat(found("She lives at 9 Mill Lane, Hull.")).extracting(Mention::value).containsExactly("9 mill lane, hull");
    }

    @Test
    void timesDatesAndMoneyAreNotHouseNumbers() {
        assertThat(found("At 14:20 Rowan Road, Margate was closed; 3/4 Park Lane, Hove; £20 Bank Street, Leeds")).isEmpty();
    }

    @Test
    void aRecordsAddressFieldIsCompletedByItsPostcodeField() {
        assertThat(Identifiers.address("12 Dalby Square, Margate", "ct9 2er")).contains("12 dalby square, CT9 2ER");
        assertThat(Identifiers.address("On or near Cheapside", "EC2V 6AA")).isEmpty();
    }

    @Test
    void anAddressTypedIntoTheSearchIsRecognised() {
        assertThat(Identifiers.interpret("12 dalby square, margate"))
                .contains(new EntityId(EntityType.ADDRESS, "12 dalby square, margate"));
    }
}
