package org.crossforce.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentIdTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void theSameBytesForTheSameForceAreTheSameDocument() {
        assertThat(DocumentId.forFile(ForceCode.of("kent"), SHA)).isEqualTo(DocumentId.forFile(ForceCode.of("kent"), SHA));
    }

    @Test
    void theSameBytesForAnotherForceAreAnotherDocument() {
        assertThat(DocumentId.forFile(ForceCode.of("kent"), SHA)).isNotEqualTo(DocumentId.forFile(ForceCode.of("btp"), SHA));
    }

    @Test
    void idsOfFilesChildrenAndRecordsNeverCollide() {
        DocumentId file = DocumentId.forFile(ForceCode.of("kent"), SHA);
        assertThat(DocumentId.forChild(file, "mail.eml/evidence.zip/statement.docx"))
                .isNotEqualTo(DocumentId.forChild(file, "mail.eml/evidence.zip/statement2.docx"))
                .isNotEqualTo(file);
        assertThat(DocumentId.forRecord(ForceCode.of("kent"), "niche-rms", SHA))
                .isNotEqualTo(DocumentId.forFile(ForceCode.of("kent"), SHA));
    }

    @Test
    void anIdIsFortyLowerCaseHexDigits() {
        assertThat(DocumentId.forFile(ForceCode.of("kent"), SHA).value()).matches("[0-9a-f]{40}");
        assertThat(DocumentId.isWellFormed("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> new DocumentId("<script>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markingsAreReadAsDocumentsWriteThem() {
        assertThat(Marking.parse("official-sensitive")).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        assertThat(Marking.parse(" SECRET ")).isEqualTo(Marking.SECRET);
        assertThat(Marking.OFFICIAL_SENSITIVE.label()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThatThrownBy(() -> Marking.parse("TOP SECRET")).hasMessageContaining("OFFICIAL, OFFICIAL-SENSITIVE or SECRET");
        assertThatThrownBy(() -> Handling.parse("X")).hasMessageContaining("P or C");
    }
}
