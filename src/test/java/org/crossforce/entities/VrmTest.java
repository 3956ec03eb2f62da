package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VrmTest {

    @ParameterizedTest
    @CsvSource({
            "AB12 CDE, AB12CDE",
            "ab12 cde, AB12CDE",
            "ab12cde, AB12CDE",
            "UX19 QFK, UX19QFK",
            "TQ70 QRL, TQ70QRL",
            "ZB75 RTY, ZB75RTY",
            "A123 BCD, A123BCD",
            "Q123 ABC, Q123ABC",
            "ABC 123D, ABC123D",
            "ABC 123, ABC123",
            "1 ABC, 1ABC",
            "AB 1234, AB1234",
            "A 1, A1",
            "ABZ 1234, ABZ1234"
    })
    void aValueFromARecordOrQueryMayBeInAnyFormat(String raw, String value) {
        assertThat(Identifiers.vrm(raw)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "AB1 2CD", "CT9 2RN", "AB00 CDE", "AB50 CDE", "AB12 CDEF", "ABCD 123", "0 ABC",
            "AB 01234", "12:30", "2021", "HELLO", "AB12-CDE"})
    void notMarks(String raw) {
        assertThat(Identifiers.vrm(raw)).isEmpty();
    }

    @Test
    void currentFormatIsFoundInAnyCaseWithOrWithoutItsSpace() {
        String text = "Officers stopped a blue Corsa, ab12cde, then UX19 QFK and later zb75rty outside the shop.";
        assertThat(Found.ids(text)).containsExactly("vrm:AB12CDE", "vrm:UX19QFK", "vrm:ZB75RTY");
    }

    @Test
    void currentFormatNeedsNoContext() {
        assertThat(Found.ids("Seen again: TU21 XYZ.")).containsExactly("vrm:TU21XYZ");
    }

    @Test
    void mixedCaseAndFormNumbersFollowedByAWordAreNotMarks() {
        assertThat(Found.ids("The MG11 was taken and the MG11 and exhibits sent. Ab12 Cde is a typo.")).isEmpty();
    }

    @Test
    void oldFormatsNeedCapitalsAndAVehicleNearby() {
        assertThat(Found.ids("The vehicle, a red Escort A123 BCD, was towed.")).containsExactly("vrm:A123BCD");
        assertThat(Found.ids("A red Ford Escort ABC 123D was abandoned.")).containsExactly("vrm:ABC123D");
        assertThat(Found.ids("She drove off in a van, reg ABC 123.")).containsExactly("vrm:ABC123");
        assertThat(Found.ids("Registration 1 ABC was seen on ANPR.")).containsExactly("vrm:1ABC");
        assertThat(Found.ids("A Land Rover, AB 1234, was parked badly.")).containsExactly("vrm:AB1234");
    }

    @Test
    void oldFormatsWithoutAVehicleNearbyAreNotMarks() {
        assertThat(Found.ids("He gave his name at the desk and asked for ABC 123 to be filed.")).isEmpty();
        assertThat(Found.ids("Witness A123 BCD statement was obtained.")).isEmpty();
    }

    @Test
    void oldFormatsInLowerCaseAreNotMarks() {
        assertThat(Found.ids("the van was seen near abc 123 and a123 bcd")).isEmpty();
    }

    @Test
    void wordsUnitsRanksAndRoadsNearAVehicleAreNotMarks() {
        String text = "ITEM 1 was in the car. A 1 car crash. BUS 12 and the van. 2 MEN GOT OUT OF THE VAN. "
                + "THE CAR WAS DOING 30 MPH ON THE M25 AND THE A127. PC 1234 SEARCHED THE CAR. CAD 1234 VEHICLE. "
                + "THE CAR WAS BOUGHT IN 2019 AND TAXED IN MAY 2021. BMW X5 PARKED.";
        assertThat(Found.ids(text, EntityType.VEHICLE)).isEmpty();
    }

    @Test
    void aSolidOrSingleLetterDatelessMarkNeedsARegistrationWordJustBefore() {
        assertThat(Found.ids("VRM: AB123 was seen.")).containsExactly("vrm:AB123");
        assertThat(Found.ids("The car AB123 was seen.")).isEmpty();
        assertThat(Found.ids("Index K 1 on a black car.")).containsExactly("vrm:K1");
    }

    @Test
    void streetNumbersAreNotMarks() {
        assertThat(Found.ids("I PARKED MY CAR OUTSIDE 14 ELM ROAD AND 3 OAK CLOSE.")).isEmpty();
    }

    @Test
    void timesDatesAndMoneyAreNotMarks() {
        String text = "THE VAN ARRIVED AT 14:30HRS ON 12/03/2021, THE DRIVER PAID £12 CASH AND 1,500 GBP.";
        assertThat(Found.ids(text, EntityType.VEHICLE)).isEmpty();
    }

    @Test
    void aMarkNextToAPostcodeIsOneMarkAndOnePostcode() {
        String text = "the silver Ford Focus AB12 CDE was seen at CT9 2RN";
        assertThat(Found.mentions(text)).extracting(Mention::text, m -> m.entity().toString())
                .containsExactly(tuple("AB12 CDE", "vrm:AB12CDE"),
                        tuple("CT9 2RN", "postcode:CT9 2RN"));
    }

    @Test
    void overlappingReadingsGiveTheLongerMark() {
        assertThat(Found.ids("BLACK BMW X5 ABC 123 SEEN")).containsExactly("vrm:ABC123");
    }

    @Test
    void partOfALongerWordOrAddressIsNotAMark() {
        assertThat(Found.ids("car XAB12CDE and AB12CDEF and ab12cde@example.org")).containsExactly(
                "email:ab12cde@example.org");
    }
}
