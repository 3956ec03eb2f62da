package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.crossforce.extraction.ExtractedPart;
import org.crossforce.extraction.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outlook's own formats, read from real Outlook files (see {@code outlook-test-documents} in the
 * build): a message with its attachments, and a mailbox file with its messages.
 */
class OutlookExtractionTest {

    private static final Path DOCUMENTS = Path.of("target/outlook-test-documents/test-documents");

    private static IsolatedTikaExtractor extractor;

    private Extraction last;

    @BeforeAll
    static void start() {
        extractor = Settings.defaults().extractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @AfterEach
    void removeContent() throws Exception {
        for (ExtractedPart part : last.parts()) {
            if (part.content() != null) {
                Files.deleteIfExists(part.content());
            }
        }
    }

    @Test
    void anOutlookMessageGivesItsHeadersAndEachAttachmentAsAChild() throws Exception {
        last = extractor.extract(DOCUMENTS.resolve("testMSG_att_doc.msg"), "message.msg");

        var root = last.root().document();
        assertThat(root.mediaType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(root.email().subject()).isEqualTo("test pièce jointe 1");
        assertThat(root.email().from()).isEqualTo("Nicolas1 23456");
        assertThat(root.email().to()).containsExactly("'nicolas1.23456@free.fr'");
        assertThat(root.email().sent()).isEqualTo(Instant.parse("2009-04-22T14:36:33Z"));
        assertThat(last.embedded()).extracting(ExtractedPart::path).containsExactly("test-unicode.doc", "pj1.txt");
        ExtractedPart word = last.embedded().getFirst();
        assertThat(word.document().mediaType()).isEqualTo("application/msword");
        assertThat(word.document().text()).contains("euro : €");
        assertThat(word.content()).isNotEmptyFile();
    }

    @Test
    void anOutlookMailboxGivesEveryMessageAsAChildWithItsHeaders() throws Exception {
        last = extractor.extract(DOCUMENTS.resolve("testPST_variousBodyTypes.pst"), "mailbox.pst");

        assertThat(last.root().document().mediaType()).isEqualTo("application/vnd.ms-outlook-pst");
        assertThat(last.embedded()).extracting(ExtractedPart::path).containsExactly("original email.msg",
                "FW: original email.msg", "FW: original email (2).msg", "FW: original email (3).msg");
        assertThat(last.embedded()).allSatisfy(message -> {
            assertThat(message.depth()).isEqualTo(1);
            assertThat(message.document().email().from()).isEqualTo("Allison, Timothy B.");
            assertThat(message.document().text()).contains("This is the original email");
        });
        assertThat(last.embedded().getFirst().document().email().sent())
                .isEqualTo(Instant.parse("2017-08-30T19:26:04Z"));
    }
}
