package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static final EntityFinder FINDER = new EntityFinder();
    /** A Monday. */
    private static final LocalDate WRITTEN = LocalDate.of(2025, 3, 17);

    private static List<Mention> dates(String text, LocalDate written) {
        return FINDER.find(text, written).stream().filter(m -> m.type() == EntityType.DATE).toList();
    }

    private static List<String> values(String text) {
        return dates(text, null).stream().map(Mention::value).toList();
    }

    @Test
    void everyWayAReportWritesADayIsOneDay() {
        assertThat(values("Offence on 14/03/2019, reported 14-03-2019, logged 14.03.2019.")).containsExactly(
                "2019-03-14", "2019-03-14", "2019-03-14");
        assertThat(values("Seen 2019-03-14 and again on Thursday 14th March 2019.")).containsExactly(
                "2019-03-14", "2019-03-14");
        assertThat(values("Seen on the 14th of March, 2019 and on March 14, 2019 and on 14 MAR 2019."))
                .containsExactly("2019-03-14", "2019-03-14", "2019-03-14");
        assertThat(values("Charged 2/4/19 and bailed to 9 Sept 2019.")).containsExactly("2019-04-02", "2019-09-09");
    }

    @Test
    void theMentionCoversTheWeekdayAndTheEntityIsTheDay() {
        Mention m = dates("The burglary occurred on Thursday 14th March 2019 at the rear.", null).getFirst();
        assertThat(m.text()).isEqualTo("Thursday 14th March 2019");
        assertThat(m.entity()).isEqualTo(new EntityId(EntityType.DATE, "2019-03-14"));
        assertThat(m.extractor()).isEqualTo("dates");
    }

    @Test
    void aTimeBesideTheDateIsPartOfItsValueButNotOfItsEntity() {
        Mention after = dates("Victim assaulted on 14/03/2019 at about 22:15 outside the Lord Nelson.", null).getFirst();
        assertThat(after.text()).isEqualTo("14/03/2019 at about 22:15");
        assertThat(after.value()).isEqualTo("2019-03-14T22:15");
        assertThat(after.entity().toString()).isEqualTo("date:2019-03-14");

        Mention before = dates("At 0715 hrs on Thursday 13 March 2025 I attended.", null).getFirst();
        assertThat(before.text()).isEqualTo("0715 hrs on Thursday 13 March 2025");
        assertThat(before.value()).isEqualTo("2025-03-13T07:15");

        assertThat(values("between 10.30pm on 1 June 2024 and dawn")).containsExactly("2024-06-01T22:30");
        assertThat(values("at 2019-03-14T22:15:00Z the call came")).containsExactly("2019-03-14T22:15");
        assertThat(values("on 5 May 2024 at midnight")).containsExactly("2024-05-05T00:00");
        assertThat(values("on 5 May 2024 at 12am")).containsExactly("2024-05-05T00:00");
    }

    @Test
    void aTimeSeparatedFromTheDateByOtherWordsIsNotItsTime() {
        assertThat(values("On 14/03/2019 the victim left work; she arrived home at 22:15.")).containsExactly("2019-03-14");
        assertThat(values("Paid £22.15 on 14/03/2019.")).containsExactly("2019-03-14");
        assertThat(values("On 14/03/2019 3 males were seen.")).containsExactly("2019-03-14");
    }

    @Test
    void aDayNamedFromTheDayOfWritingIsPlacedByIt() {
        List<Mention> found = dates("At 0715 hrs on Thursday I attended. Yesterday she rang; last night he returned "
                + "and last Monday he left. I write this on Monday. THE CAR WAS SEEN TODAY.", WRITTEN);
        assertThat(found).extracting(Mention::text).containsExactly("0715 hrs on Thursday", "Yesterday", "last night",
                "last Monday", "Monday", "TODAY");
        assertThat(found).extracting(Mention::value).containsExactly("2025-03-13T07:15", "2025-03-16", "2025-03-16",
                "2025-03-10", "2025-03-17", "2025-03-17");
    }

    @Test
    void aDayWithoutItsYearIsPlacedNearTheDayOfWriting() {
        assertThat(dates("Seen on 28 December and on March 20th.", LocalDate.of(2025, 1, 2)))
                .extracting(Mention::value).containsExactly("2024-12-28", "2025-03-20");
        assertThat(values("Seen on 28 December, at a holiday on Thursday, yesterday.")).isEmpty();
    }

    @Test
    void whatOnlyLooksLikeADateIsNone() {
        assertThat(values("Crime ref 12/34567/19, PNC 2001/12345H, ratio 1/2/3, case 31/02/2019, ver 1.5.10, "
                + "in June 2019, we will march 14 miles, grid 14-03-2019-7")).isEmpty();
        assertThat(dates("the thursday club and a monday holiday, birthday and Sundays", WRITTEN)).isEmpty();
    }

    @Test
    void aDateOfBirthIsAPersonsNotAnEvents() {
        assertThat(values("Jonathan SMYTH (DOB 03/04/1985) was arrested on 14/03/2019.")).containsExactly("2019-03-14");
        assertThat(values("Jon Smith, born on 4 March 1985, date of birth: 04/03/1985; d.o.b. 4/3/85")).isEmpty();
    }

    @Test
    void aDateAlongsidePlatesPostcodesAndPhonesTakesNothingFromThem() {
        List<Mention> found = FINDER.find("On 14/03/2019 at 22:15 AB12 CDE was stopped at CT9 5LP; driver on 07700 900123.");
        assertThat(found).extracting(m -> m.entity().toString()).containsExactly("date:2019-03-14", "vrm:AB12CDE",
                "postcode:CT9 5LP", "phone:+447700900123");
    }

    @Test
    void aSearchedDateIsTheDayItNames() {
        assertThat(Identifiers.interpret("14/03/2019")).contains(new EntityId(EntityType.DATE, "2019-03-14"));
        assertThat(Identifiers.date("14th March 2019")).contains("2019-03-14");
        assertThat(Identifiers.date("2019-03-14")).contains("2019-03-14");
        assertThat(Identifiers.date("14 March")).isEmpty();
        assertThat(Identifiers.date("31/02/2019")).isEmpty();
    }
}
