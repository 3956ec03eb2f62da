package org.crossforce.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Phone;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Noise;
import org.crossforce.corpus.writing.Surface;
import org.junit.jupiter.api.Test;

/** The forms entities take, and that each form says how it departs from the canonical one. */
class NoiseTest {

    private final Person jonathan = new Person("P00001", "Jonathan", "Smyth", "Jon", "Smudge", LocalDate.of(1994, 3, 4),
            null, List.of(), null, null, null, "chef");

    @Test
    void registrationMarksComeWithAndWithoutTheirSpace() {
        Set<String> forms = forms(i -> Noise.vrm("UX19 QFK", Dice.of(1, "vrm", i)));

        assertThat(forms).contains("UX19 QFK", "UX19QFK [no-space]", "ux19 qfk [lower-case]");
    }

    @Test
    void mobilesAreWrittenNationallyAndInternationally() {
        Phone phone = new Phone("TM0481", "07700900481");

        Set<String> forms = forms(i -> Noise.phone(phone, Dice.of(1, "phone", i)));

        assertThat(forms).containsExactlyInAnyOrder("07700 900481", "07700900481 [compact]",
                "+44 7700 900481 [international]", "+447700900481 [e164]");
    }

    @Test
    void londonNumbersStayInTheDramaRange() {
        Phone phone = new Phone("TL0123", "02079460123");

        Set<String> forms = forms(i -> Noise.phone(phone, Dice.of(1, "phone", i)));

        assertThat(forms).contains("020 7946 0123", "+44 20 7946 0123 [international]", "02079460123 [compact]",
                "(020) 7946 0123 [brackets]");
    }

    @Test
    void dayAndMonthAreSwappedOnlyWhereThatStillMakesADate() {
        assertThat(forms(i -> Noise.dateOfBirth(LocalDate.of(1994, 3, 4), Dice.of(1, "dob", i))))
                .containsExactlyInAnyOrder("04/03/1994", "03/04/1994 [day-month-swapped]");
        assertThat(forms(i -> Noise.dateOfBirth(LocalDate.of(1994, 3, 14), Dice.of(1, "dob", i))))
                .containsExactly("14/03/1994");
    }

    @Test
    void namesTakeEveryStyleAndSometimesTheNickname() {
        assertThat(Noise.name(jonathan, NameStyle.SURNAME_FIRST, Dice.of(1, "name", 0)).text()).matches("SM\\w+, Jon(athan)?");
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            forms.add(Noise.name(jonathan, NameStyle.POLICE, Dice.of(1, "name", i)).text());
        }
        assertThat(forms).contains("Jonathan SMYTH", "Jon SMYTH");
        assertThat(forms.size()).isGreaterThan(2); // typos
    }

    @Test
    void aTypoChangesTheWordButKeepsItsFirstLetterAndCase() {
        for (int i = 0; i < 200; i++) {
            String typo = Noise.typo("Mallender", Dice.of(1, "typo", i));
            assertThat(typo).isNotEqualTo("Mallender").startsWith("M");
            assertThat(Noise.typo("MALLENDER", Dice.of(1, "typo", i))).isUpperCase();
        }
    }

    private static Set<String> forms(java.util.function.IntFunction<Surface> draw) {
        Set<String> forms = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Surface s = draw.apply(i);
            forms.add(s.variants().isEmpty() ? s.text() : s.text() + " " + s.variants());
        }
        return forms;
    }
}
