package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private final EntityFinder finder = new EntityFinder();

    @Test
    void nullOrEmptyTextHasNoMentions() {
        assertThat(finder.find(null)).isEmpty();
        assertThat(finder.find("")).isEmpty();
        assertThat(finder.find("Nothing of interest happened at the meeting.")).isEmpty();
    }

    @Test
    void aWitnessStatement() {
        String text = """
                I live at 14 Northdown Road, Margate CT9 2RN and work as a cleaner.
                On Friday 12 March 2021 at about 14:30 I was walking my dog when I saw the silver Ford Focus \
                AB12 CDE stop outside number 22. The driver, a man I know as Kaz, got out holding a machete.
                He shouted at me to mind my own business. I later got a text from 07700-900-123 saying \
                "keep quiet". My own number is +44 (0)7700 900481 and my email is Jo.Bloggs@example.org.
                """;
        assertThat(Found.mentions(text)).extracting(Mention::text, m -> m.entity().toString(), Mention::extractor)
                .containsExactly(
                        tuple("14 Northdown Road, Margate", "address:14 northdown road, CT9 2RN", "address"),
                        tuple("CT9 2RN", "postcode:CT9 2RN", "postcode"),
                        tuple("Friday 12 March 2021 at about 14:30", "date:2021-03-12", "dates"),
                        tuple("AB12 CDE", "vrm:AB12CDE", "vrm"),
                        tuple("machete", "weapon:machete", "terms"),
                        tuple("07700-900-123", "phone:+447700900123", "phone"),
                        tuple("+44 (0)7700 900481", "phone:+447700900481", "phone"),
                        tuple("Jo.Bloggs@example.org", "email:jo.bloggs@example.org", "email"));
    }

    @Test
    void anAllCapitalsStatement() {
        String text = "ON 12/03/2021 AT 14:30HRS I SAW A BLACK VW GOLF AB12CDE PARKED ON HIGH STREET, MARGATE CT9 2RN. "
                + "2 MEN GOT OUT OF THE VAN, REG ABC 123, AND ONE HAD A KNIFE. I PAID £20 FOR 2 BAGS OF WEED. "
                + "CALL ME ON 07700 900123. NI NUMBER QQ 12 34 56 C.";
        assertThat(Found.ids(text)).containsExactly("date:2021-03-12", "vrm:AB12CDE", "postcode:CT9 2RN", "vrm:ABC123", "weapon:knife",
                "drug:cannabis", "phone:+447700900123", "nino:QQ123456C");
    }

    @Test
    void anIntelligenceLogWithReferencesDatesAndMoney() {
        String text = """
                Ref: CAD 1234 12/03/21. URN 01/234567/21. Source graded B2.
                Subject PNC 2009/0345678Y (also quoted as 2009/0345678X, which fails its check) is \
                supplying crack cocaine and heroin in the Cliftonville area using deal line 07700 900456.
                Paid £1,500 in cash at 23:15 on 14.03.2021. Known associate uses a white Transit, VRM ZB21 KLM.
                Intelligence suggests a zombie knife is kept at the address. Search at 10:00 on 15/03/2021.
                """;
        assertThat(Found.ids(text)).containsExactly("date:2021-03-12", "pnc:2009/0345678Y", "drug:crack cocaine",
                "drug:heroin", "drug:deal line", "phone:+447700900456", "date:2021-03-14", "vrm:ZB21KLM",
                "weapon:zombie knife", "date:2021-03-15");
        assertThat(Found.mentions(text)).filteredOn(m -> m.type() == EntityType.DATE).extracting(Mention::value)
                .containsExactly("2021-03-12", "2021-03-14T23:15", "2021-03-15T10:00");
    }

    @Test
    void everyMentionsOffsetsPointAtItsText() {
        String text = "Café £5 — 𝓐 zombie knife near ab12 cde and 07700 900123; ✓ CT9 2RN, jo@example.org, "
                + "2001/12345H.";
        List<Mention> mentions = Found.mentions(text);
        assertThat(mentions).hasSize(6);
        for (Mention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void oneSpanNamesOneEntity() {
        assertThat(Found.ids("AB12 CDE")).containsExactly("vrm:AB12CDE");
        assertThat(Found.ids("CT9 2RN")).containsExactly("postcode:CT9 2RN");
        assertThat(Found.ids("THE CAR REG CT9 2RN")).containsExactly("postcode:CT9 2RN");
        assertThat(Found.ids("ref 1207700900123")).isEmpty();
        assertThat(Found.ids("qq 12 34 56 c / QQ 12 34 56 C")).containsExactly("nino:QQ123456C");
    }

    @Test
    void encodedDataIsNotRead() {
        String base64 = "8OUMJzmmtbjPKpNnsVPsaXYf5gc55Qurrp8l+FG/WN65SPT Taljg3TYtUSgLncxZr+C89NF+2CRkvxvp7X1tzih2W1w";
        assertThat(Found.ids(base64)).isEmpty();
        assertThat(Found.ids("Phones 07700900123/07700900456/07700900789, cars AB12CDE/ZB21KLM/UX19QFK.")).containsExactly(
                "phone:+447700900123", "phone:+447700900456", "phone:+447700900789", "vrm:AB12CDE", "vrm:ZB21KLM",
                "vrm:UX19QFK");
    }

    @Test
    void digitsFarApartAndCloseTogetherAreBothRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Seen at ").append(i % 2 == 0 ? "CT9 2RN" : "m1 1ae").append(" then 07700 900")
                    .append(String.format("%03d", i)).append(". ").append("Nothing else to say here at all. ");
        }
        assertThat(Found.mentions(text.toString())).hasSize(400);
    }

    @Test
    void oneFinderServesManyThreads() throws Exception {
        String text = "silver Ford Focus AB12 CDE seen at CT9 2RN, driver on 07700 900123 with a machete.";
        List<String> expected = Found.ids(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> finder.find(text).stream().map(m -> m.entity().toString()).toList()));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).hasSize(4);
    }
}
