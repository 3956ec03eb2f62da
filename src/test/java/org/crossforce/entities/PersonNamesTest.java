package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void theSameNameWrittenByTwoSystemsGroupsTogether() {
        assertThat(PersonNames.normalise("SMYTH, Jon")).isEqualTo("jon smyth");
        assertThat(PersonNames.normalise("Mr Jon  Smyth")).isEqualTo("jon smyth");
        assertThat(PersonNames.normalise(" jon smyth ")).isEqualTo("jon smyth");
    }

    @Test
    void accentsAreFoldedAndApostrophesKept() {
        assertThat(PersonNames.normalise("Siobhán Ní Bhriain")).isEqualTo("siobhan ni bhriain");
        assertThat(PersonNames.normalise("Seán O’Neill")).isEqualTo("sean o'neill");
        assertThat(PersonNames.normalise("Anna Kowalska-Nowak")).isEqualTo("anna kowalska-nowak");
    }

    @Test
    void ranksAndTitlesBeforeTheNameAreDropped() {
        assertThat(PersonNames.normalise("DC Sarah Harrow")).isEqualTo("sarah harrow");
        assertThat(PersonNames.normalise("Dr. Amara Okafor")).isEqualTo("amara okafor");
    }

    @Test
    void nothingButATitleOrPunctuationIsNoName() {
        assertThat(PersonNames.normalise("Mr")).isEmpty();
        assertThat(PersonNames.normalise(" , ")).isEmpty();
        assertThat(PersonNames.normalise(null)).isEmpty();
    }

    @Test
    void aNormalisedNameReadsAsAHeading() {
        assertThat(PersonNames.display("jon o'neill-smyth")).isEqualTo("Jon O'Neill-Smyth");
    }
}
