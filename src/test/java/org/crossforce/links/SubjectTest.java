package org.crossforce.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void anEntityIdIsReadAsItsTypeAndValue() {
        Subject plate = Subject.parse("vrm:AB12CDE");
        assertThat(plate.type()).isEqualTo("vrm");
        assertThat(plate.isName()).isFalse();
        assertThat(plate.plainLabel()).isEqualTo("AB12CDE");
    }

    @Test
    void aNameIsNormalisedAndShownAsAHeading() {
        Subject name = Subject.parse("name:SMYTH, Jon");
        assertThat(name.id()).isEqualTo("name:jon smyth");
        assertThat(name.type()).isEqualTo("person");
        assertThat(name.plainLabel()).isEqualTo("Jon Smyth");
    }

    @Test
    void somethingThatIsNoEntityIsRefusedInWords() {
        assertThatThrownBy(() -> Subject.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Subject.parse("name:  ")).hasMessageContaining("names nobody");
        assertThatThrownBy(() -> Subject.parse("spaceship:X1")).isInstanceOf(IllegalArgumentException.class);
    }

    /** With no force's index yet, Elasticsearch answers without aggregations: that is nothing found, not a failure. */
    @Test
    void anAnswerWithoutAggregationsHasNoBuckets() {
        assertThat(Fields.buckets(null, "entities")).isEmpty();
        assertThat(Fields.buckets(java.util.Map.of(), "entities")).isEmpty();
    }
}
