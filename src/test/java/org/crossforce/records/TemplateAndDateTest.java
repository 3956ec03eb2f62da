package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateAndDateTest {

    @Test
    void anOptionalPartIsLeftOutWhenOneOfItsFieldsIsEmpty() {
        Template title = Template.parse("{Crime type}[ – {Location}]");
        assertThat(title.render(Map.of("Crime type", "Drugs", "Location", "On or near A201")::get))
                .isEqualTo("Drugs – On or near A201");
        assertThat(title.render(Map.of("Crime type", "Drugs", "Location", " ")::get)).isEqualTo("Drugs");
        assertThat(title.placeholders()).containsExactly("Crime type", "Location");
    }

    @Test
    void escapedBracketsAreText() {
        assertThat(Template.parse("\\[{a}\\]").render(Map.of("a", "x")::get)).isEqualTo("[x]");
    }

    @Test
    void ukDatesAreStrict() {
        DateFormats uk = DateFormats.compile(List.of("dd/MM/yyyy HH:mm"));
        assertThat(uk.parse("14/10/2025 09:30"))
                .isEqualTo(new DateFormats.Local(LocalDateTime.of(2025, 10, 14, 9, 30)));
        assertThat(uk.parse("31/02/2025 09:30")).isNull();
        assertThat(uk.parse("2025-10-14T09:30")).isNull();
    }

    @Test
    void isoTakesInstantsOffsetsDatesAndMonths() {
        DateFormats iso = DateFormats.compile(List.of("iso"));
        assertThat(iso.parse("2017-03-01T10:49:00+00:00")).isInstanceOf(DateFormats.Zoned.class);
        assertThat(((DateFormats.Zoned) iso.parse("2025-10-14T09:30:00Z")).value().toInstant())
                .isEqualTo(ZonedDateTime.parse("2025-10-14T09:30:00Z").toInstant());
        assertThat(iso.parse("1994-03-14")).isEqualTo(new DateFormats.Day(LocalDate.of(1994, 3, 14)));
        assertThat(iso.parse("2020-04")).isEqualTo(new DateFormats.Month(YearMonth.of(2020, 4)));
    }

    @Test
    void namesAreSplitAsTheirStyleSays() {
        assertThat(Names.split("SMYTH, Jonathan", "surname_first"))
                .isEqualTo(new Names.Parts("Jonathan SMYTH", "Jonathan", "SMYTH"));
        assertThat(Names.split("Jonathan Paul  Smyth", "forename_first"))
                .isEqualTo(new Names.Parts("Jonathan Paul Smyth", "Jonathan Paul", "Smyth"));
        assertThat(Names.split("Smyth", "surname_first")).isEqualTo(new Names.Parts("Smyth", null, null));
        assertThat(Names.split("SMYTH, Jonathan", null)).isEqualTo(new Names.Parts("SMYTH, Jonathan", null, null));
    }
}
