package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractedPart;
import org.crossforce.extraction.ExtractionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formats of everyday evidence, read in a child process. */
class TikaDocumentExtractorTest {

    private static IsolatedTikaExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = Settings.defaults().maxCharacters(1_000_000).extractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void pdfGivesTitleAuthorAndText() throws Exception {
        ExtractedDocument doc = extract("incident-report.pdf");

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.title()).isEqualTo("Incident report 46/900001/25 – theft from motor vehicle, Margate");
        assertThat(doc.author()).isEqualTo("PC 1234 Alex SMYTH");
        assertThat(doc.text()).contains("UX19 QFK", "07700 900481");
        assertThat(doc.truncated()).isFalse();
        assertThat(doc.pageCount()).isEqualTo(1);
        assertThat(doc.ocr()).isFalse();
    }

    @Test
    void wordDocumentGivesTitleAuthorAndText() throws Exception {
        ExtractedDocument doc = extract("witness-statement.docx");

        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.title()).isEqualTo("Witness statement – Priya RAMANATHAN – test fixture");
        assertThat(doc.author()).isEqualTo("PC 0451 Owen PRICE");
        assertThat(doc.text()).contains("Smudge");
        assertThat(doc.language()).isEqualTo("en");
    }

    @Test
    void emailGivesSubjectSenderAndTheAttachmentsText() throws Exception {
        var extraction = extractor.extract(fixture("email-with-attachment.eml"), "email-with-attachment.eml");
        ExtractedDocument doc = extraction.root().document();

        assertThat(doc.mediaType()).isEqualTo("message/rfc822");
        assertThat(doc.title()).isEqualTo("Cheapside burglary - property list attached");
        assertThat(doc.author()).contains("rachel.lim@cityoflondon.police.example");
        assertThat(doc.created()).isNotNull();
        // The attachment is a part of its own now, with its own text.
        assertThat(extraction.embedded()).extracting(ExtractedPart::path).contains("fixture-property-list.pdf");
        assertThat(extraction.embedded()).filteredOn(p -> p.path().equals("fixture-property-list.pdf"))
                .singleElement().satisfies(p -> assertThat(p.document().text()).contains("gold sovereigns", "£48,350"));
        Evidence.discard(extraction);
    }

    @Test
    void htmlGivesItsTitleAndKeepsAccents() throws Exception {
        ExtractedDocument doc = extract("intelligence-log.html");

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.title()).isEqualTo("Intelligence log – meeting at Café Nero, Cheapside");
        assertThat(doc.text()).contains("Café Nero on Cheapside", "+44 7700 900481");
    }

    @Test
    void plainTextTakesItsFirstLineAsTitle() throws Exception {
        ExtractedDocument doc = extract("burglary-report.txt");

        assertThat(doc.mediaType()).isEqualTo("text/plain");
        assertThat(doc.title()).isEqualTo("Burglary report – Cliftonville series review");
        assertThat(doc.text()).contains("Reported by: PC 1234 Smyth", "burglaries");
    }

    @Test
    void formatIsDetectedFromContentNotFromTheFileName() throws Exception {
        ExtractedDocument doc = extract("pdf-with-txt-extension.txt");

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.title()).isEqualTo("PDF saved with a .txt extension");
    }

    @Test
    void brokenWordDocumentFailsWithAReasonAUserUnderstands() {
        assertThatThrownBy(() -> extract("truncated.docx"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("damaged or incomplete");
    }

    @Test
    void emptyFileFailsAsEmpty() {
        assertThatThrownBy(() -> extract("empty.txt"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessage("The file is empty (0 bytes).");
    }

    @Test
    void unrecognisedBytesAreKeptWithoutText() throws Exception {
        ExtractedDocument doc = extract("binary-noise.bin");

        assertThat(doc.mediaType()).isEqualTo("application/octet-stream");
        assertThat(doc.title()).isEqualTo("binary-noise.bin");
    }

    @Test
    void textBeyondTheLimitIsCutAndMarkedTruncated(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("long-statement.txt");
        Files.writeString(big, "The suspect ran towards the station. ".repeat(2_000));
        try (IsolatedTikaExtractor limited = Settings.defaults().maxCharacters(1_000).extractor()) {
            ExtractedDocument doc = limited.extract(big, "long-statement.txt").root().document();

            assertThat(doc.truncated()).isTrue();
            assertThat(doc.text()).hasSizeLessThanOrEqualTo(1_000).startsWith("The suspect ran");
        }
    }

    private ExtractedDocument extract(String name) throws Exception {
        var extraction = extractor.extract(fixture(name), name);
        Evidence.discard(extraction);
        return extraction.root().document();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(TikaDocumentExtractorTest.class.getResource("/documents/" + name).toURI());
    }
}
