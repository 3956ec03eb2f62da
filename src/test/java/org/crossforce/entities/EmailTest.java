package org.crossforce.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void addressesAreLowerCasedAndTrailingPunctuationLeftOut() {
        String text = "Emails from Jo.Bloggs@Example.ORG. and (kaz_99+intel@mail.example.co.uk), "
                + "mailto:a-b@x-y.example.com; then \"tc@police.example.gov.uk\"!";
        assertThat(Found.mentions(text)).extracting(Mention::text).containsExactly("Jo.Bloggs@Example.ORG",
                "kaz_99+intel@mail.example.co.uk", "a-b@x-y.example.com", "tc@police.example.gov.uk");
        assertThat(Found.ids(text)).first().isEqualTo("email:jo.bloggs@example.org");
    }

    @Test
    void notAddresses() {
        assertThat(Found.ids("Meet @ 3pm, handle @crossforce, a@b, x@y.z, jo@@example.org, @example.org, "
                + "jo@-example.org, jo@example..org")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo@example", "jo example@x.org", "jo@example.org extra", ".jo@example.org", ""})
    void identifiersRejectAnythingButOneAddress(String raw) {
        assertThat(Identifiers.email(raw)).isEmpty();
    }

    @Test
    void identifiersLowerCase() {
        assertThat(Identifiers.email("  Jo@Example.org ")).contains("jo@example.org");
    }
}
