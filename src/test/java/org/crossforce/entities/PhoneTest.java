package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07700 900123       | +447700900123",
            "07700900123        | +447700900123",
            "+44 7700 900123    | +447700900123",
            "+447700900123      | +447700900123",
            "+44 (0)7700 900123 | +447700900123",
            "0044 7700 900123   | +447700900123",
            "0044 (0)20 7946 0018 | +442079460018",
            "07700-900-123      | +447700900123",
            "07700.900.123      | +447700900123",
            "(020) 7946 0018    | +442079460018",
            "020 7946 0018      | +442079460018",
            "+44 20 7946 0018   | +442079460018",
            "(+44) 20 7946 0018 | +442079460018",
            "+33 1 23 45 67 89  | +33123456789"
    })
    void nationalAndInternationalFormsGiveE164(String raw, String e164) {
        assertThat(Identifiers.phone(raw)).contains(e164);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07700 900000   | +447700900000",
            "07700 900999   | +447700900999",
            "01632 960123   | +441632960123",
            "020 7946 0999  | +442079460999",
            "0113 496 0000  | +441134960000",
            "0114 496 0123  | +441144960123",
            "0115 496 0123  | +441154960123",
            "0116 496 0123  | +441164960123",
            "0117 496 0123  | +441174960123",
            "0118 496 0123  | +441184960123",
            "0121 496 0123  | +441214960123",
            "0131 496 0123  | +441314960123",
            "0141 496 0123  | +441414960123",
            "0151 496 0123  | +441514960123",
            "0161 496 0999  | +441614960999",
            "028 9649 6000  | +442896496000",
            "028 9649 6999  | +442896496999",
            "029 2018 0123  | +442920180123",
            "01914 980123   | +441914980123",
            "0808 157 0123  | +448081570123",
            "0909 879 0123  | +449098790123",
            "03069 990123   | +443069990123",
            "+44 1632 960123 | +441632960123"
    })
    void ofcomDramaRangesAreAccepted(String raw, String e164) {
        assertThat(Identifiers.phone(raw)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "07700 90012", "077009001234", "7700 900123", "12/03/2021", "14:30", "£1,500",
            "01234", "0000 000000", "4929 1234 5678 9012", "07700 900123 ext 12", "phone 07700 900123"})
    void notASingleNumber(String raw) {
        assertThat(Identifiers.phone(raw)).isEmpty();
    }

    @Test
    void numbersSplitBySpacesDashesDotsAndBracketsAreFound() {
        String text = "Mobile 07700-900-123, landline (020) 7946 0018, work +44 (0)7700 900456 and 07700.900.789.";
        assertThat(Found.mentions(text)).extracting(Mention::text)
                .containsExactly("07700-900-123", "(020) 7946 0018", "+44 (0)7700 900456", "07700.900.789");
        assertThat(Found.ids(text)).containsExactly("phone:+447700900123", "phone:+442079460018",
                "phone:+447700900456", "phone:+447700900789");
    }

    @Test
    void aLabelledNumberIsFound() {
        assertThat(Found.ids("Tel:07700 900481 Mob:+447700900482")).containsExactly("phone:+447700900481",
                "phone:+447700900482");
    }

    @Test
    void aBracketedNumberKeepsTheSentencesBracketOut() {
        assertThat(Found.mentions("Her mobile (07700 900123) was off.")).extracting(Mention::text)
                .containsExactly("07700 900123");
    }

    @Test
    void numbersNextToEachOtherAreSeparate() {
        assertThat(Found.ids("Numbers: 07700 900123 07700 900456 / 020 7946 0018")).containsExactly(
                "phone:+447700900123", "phone:+447700900456", "phone:+442079460018");
    }

    @Test
    void anExtensionIsNotASeparateNumber() {
        assertThat(Found.ids("Call 01632 960123 ext 0123 or 020 7946 0018 x 0200.")).containsExactly(
                "phone:+441632960123", "phone:+442079460018");
    }

    @Test
    void datesTimesMoneyAndReferencesAreNotPhones() {
        String text = "On 12/03/2021 at 14:30 and 01.02.2021 he paid £1,500.00 and £07700. Crime number "
                + "CAD 1234 12/03/21, URN 01/234567/21, job 0113-496-0123-4567, card 4929 0113 4960 0001, "
                + "account 01134960123456 and ref 7700900123.";
        assertThat(Found.ids(text, EntityType.PHONE)).isEmpty();
    }

    @Test
    void aNumberInsideALongerDigitRunIsNotAPhone() {
        assertThat(Found.ids("ref 1207700900123 and 0770090012345 and 07700900123456")).isEmpty();
    }

    @Test
    void aNumberAfterADateIsStillFound() {
        assertThat(Found.ids("Called 12/03/21 from 07700 900123 12/03/21.", EntityType.PHONE))
                .containsExactly("phone:+447700900123");
    }
}
