package org.crossforce.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeriousnessAndLinksTest {

    @Test
    void someoneHurtComesFirstThenHateCrimeThenCrimeThenBehaviour() {
        assertThat(Seriousness.of(ReportKind.ASB, false, false)).isZero();
        assertThat(Seriousness.of(ReportKind.ASB, false, true)).isEqualTo(1);
        assertThat(Seriousness.of(ReportKind.CRIME, false, false)).isEqualTo(1);
        assertThat(Seriousness.of(ReportKind.HATE, false, false)).isEqualTo(2);
        assertThat(Seriousness.of(ReportKind.CRIME, true, false)).isEqualTo(3);
        assertThat(Seriousness.of(ReportKind.HATE, true, true)).isEqualTo(3);
        assertThat(Seriousness.of(ReportKind.INFORMATION, false, false)).isEqualTo(1);
    }

    @Test
    void referencesAreRandomAndEasyToReadOut() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String reference = Links.newReference();
            assertThat(reference).matches("CF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(reference);
        }
        assertThat(seen).hasSize(1000);
        assertThat(Links.normaliseReference(" cf 7k3m 9qxt ")).isEqualTo("CF-7K3M-9QXT");
        assertThat(Links.normaliseReference("CF-7K3M-9QXT")).isEqualTo("CF-7K3M-9QXT");
    }

    @Test
    void onlyAHashOfTheLinkIsKept() {
        String secret = Links.newSecret();
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(Links.hash(secret)).hasSize(64).isNotEqualTo(secret).isEqualTo(Links.hash(secret));
        assertThat(Links.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
