package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"vrm:AB12CDE", "phone:+447700900481", "postcode:CT9 2RN", "pnc:2009/0345678Y",
            "email:jo@example.org", "nino:QQ123456C", "weapon:zombie knife", "drug:cocaine", "person:P00012"})
    void anIdReadsBackAsItWasWritten(String id) {
        assertThat(EntityId.parse(id).toString()).isEqualTo(id);
    }

    @Test
    void parseGivesTypeAndValue() {
        assertThat(EntityId.parse("postcode:CT9 2RN")).isEqualTo(new EntityId(EntityType.POSTCODE, "CT9 2RN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB12CDE", ":AB12CDE", "vrm:", "vrm:  ", "car:AB12CDE", "VRM:AB12CDE"})
    void malformedIdsAreRefusedWithAClearMessage(String id) {
        assertThatThrownBy(() -> EntityId.parse(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(id.isEmpty() ? "type:value" : id);
    }

    @Test
    void typesHaveTheirPrefixesAndLabels() {
        assertThat(EntityType.ofPrefix("pnc")).isEqualTo(EntityType.PNC_ID);
        assertThat(EntityType.ofPrefix("nino").label()).isEqualTo("NI number");
        assertThat(EntityType.VEHICLE.prefix()).isEqualTo("vrm");
        assertThat(EntityType.PNC_ID.label()).isEqualTo("PNC ID");
        assertThatThrownBy(() -> EntityType.ofPrefix("car")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("car");
    }

    @Test
    void aMentionMustMatchItsSpan() {
        assertThatThrownBy(() -> new Mention(EntityType.PHONE, 5, 3, "x", "y", "phone"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Mention(EntityType.VEHICLE, 3, 11, "AB12 CDE", "AB12CDE", "vrm").entity())
                .isEqualTo(new EntityId(EntityType.VEHICLE, "AB12CDE"));
    }
}
