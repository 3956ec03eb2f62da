package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.crossforce.extraction.ExtractionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The small pieces: settings, names, reasons, language. */
class HelpersTest {

    @Test
    void settingsHaveTheDocumentedDefaults() {
        ExtractionProperties bound = new Binder(new MapConfigurationPropertySource(Map.of("crossforce.x", "1")))
                .bindOrCreate("crossforce.extraction", ExtractionProperties.class);

        assertThat(bound).isEqualTo(ExtractionProperties.defaults());
        assertThat(bound.maxFileSize()).isEqualTo(DataSize.ofGigabytes(1));
        assertThat(bound.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(bound.ocr().enabled()).isTrue();
        assertThat(bound.childCount()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void settingsBindFromProperties() {
        ExtractionProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "crossforce.extraction.max-file-size", "100MB",
                "crossforce.extraction.children", "3",
                "crossforce.extraction.child-heap", "1GB",
                "crossforce.extraction.ocr.enabled", "false",
                "crossforce.extraction.timeout", "30s")))
                .bindOrCreate("crossforce.extraction", ExtractionProperties.class);

        assertThat(bound.maxFileSize()).isEqualTo(DataSize.ofMegabytes(100));
        assertThat(bound.childCount()).isEqualTo(3);
        assertThat(bound.childHeap()).isEqualTo(DataSize.ofGigabytes(1));
        assertThat(bound.ocr().enabled()).isFalse();
        assertThat(bound.ocrTimeout()).as("kept below the file's timeout").isEqualTo(Duration.ofMillis(22_500));
    }

    @Test
    void expansionLimitGrowsWithTheFileUpToTheCeiling() {
        ExtractionProperties defaults = ExtractionProperties.defaults();

        assertThat(Limits.expansion(defaults, 10)).isEqualTo(100L << 20);
        assertThat(Limits.expansion(defaults, 50L << 20)).isEqualTo(5000L << 20);
        assertThat(Limits.expansion(defaults, 1L << 30)).isEqualTo(10L << 30);
    }

    @Test
    void namesLoseFoldersAndControlCharactersAndStayUnique() {
        assertThat(Names.safe("photos/2025/IMG_0001.JPG", "x")).isEqualTo("IMG_0001.JPG");
        assertThat(Names.safe("..\\..\\evil.txt", "x")).isEqualTo("evil.txt");
        assertThat(Names.safe("bad\u0000name\n.txt", "x")).isEqualTo("badname.txt");
        assertThat(Names.safe("..", "fallback")).isEqualTo("fallback");
        assertThat(Names.safe("  ", "fallback")).isEqualTo("fallback");
        assertThat(Names.safe("a".repeat(300) + ".pdf", "x")).hasSize(200).endsWith(".pdf");
        Set<String> used = new HashSet<>();
        assertThat(Names.unique("notes.txt", used)).isEqualTo("notes.txt");
        assertThat(Names.unique("notes.txt", used)).isEqualTo("notes (2).txt");
        assertThat(Names.unique("notes.txt", used)).isEqualTo("notes (3).txt");
        assertThat(Names.unique("README", used)).isEqualTo("README");
    }

    @Test
    void reasonsComeFromTheRootCauseInPlainWords() {
        Metadata docx = new Metadata();
        docx.set(Metadata.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String stack = """
                org.apache.tika.exception.TikaException: TIKA-198: Illegal IOException from OOXMLParser
                \tat org.apache.tika.parser.CompositeParser.parse(CompositeParser.java:304)
                Caused by: java.util.zip.ZipException: Unexpected record signature: 0x3c0a3e63
                \tat org.apache.commons.compress.archivers.zip.ZipArchiveInputStream.getNextZipEntry
                """;

        assertThat(Reasons.fromStackTrace(stack, docx)).isEqualTo("The Word document is damaged or incomplete "
                + "and could not be read (Unexpected record signature: 0x3c0a3e63).");
        assertThat(Reasons.fromStackTrace("org.apache.tika.exception.EncryptedDocumentException: x", docx))
                .isEqualTo("The Word document is password-protected or encrypted, so its text cannot be read.");
        assertThat(Reasons.fromStackTrace("org.apache.tika.exception.TikaException: XML parse error\nCaused by: "
                + "org.xml.sax.SAXParseException: file://; lineNumber: 1; columnNumber: 1; Premature end of file.", docx))
                .endsWith("could not be read (Premature end of file).");
        assertThat(Reasons.size(1L << 30)).isEqualTo("1 GB");
        assertThat(Reasons.size(1536L << 20)).isEqualTo("1.5 GB");
        assertThat(Reasons.duration(Duration.ofSeconds(120))).isEqualTo("2 minutes");
        assertThat(Reasons.duration(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    }

    @Test
    void workFilesOfAProcessThatDiedAreRemovedAtTheNextStart(@TempDir Path parent) throws Exception {
        long dead = deadPid();
        Path abandoned = Files.createDirectories(parent.resolve("crossforce-extraction-" + dead + "-123/jobs"));
        Path abandonedPart = Files.writeString(parent.resolve("crossforce-part-" + dead + "-456-photo.jpg"), "x");
        Path unrelated = Files.writeString(parent.resolve("keep-me.txt"), "x");

        try (Workspace workspace = new Workspace(parent)) {
            Path part = workspace.newPart("statement.docx");

            assertThat(abandoned.getParent()).doesNotExist();
            assertThat(abandonedPart).doesNotExist();
            assertThat(unrelated).exists();
            assertThat(part.getFileName().toString()).startsWith("crossforce-part-" + ProcessHandle.current().pid())
                    .endsWith("-statement.docx");
            assertThat(workspace.root()).exists();
        }
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    @Test
    void languageIsOnlyNamedWhenTheTextIsClear() {
        assertThat(Language.detect("The van was parked on the street and the driver was seen with his brother "
                + "at the corner, which they had not been told about.")).isEqualTo("en");
        assertThat(Language.detect("Der Zeuge hat die Männer nicht gesehen, und sie war auch nicht in der Nähe "
                + "des Hauses, auf dem Weg zu ihrer Mutter.")).isEqualTo("de");
        assertThat(Language.detect("Roedd y fan wedi parcio ar y stryd ac mae'r gyrrwr yn frawd i'r perchennog, "
                + "ond doedd hi ddim yn gwybod hynny hefyd.")).isEqualTo("cy");
        assertThat(Language.detect("UX19 QFK 07700 900481")).isNull();
        assertThat(Language.detect("")).isNull();
        assertThat(Language.fromCode("en-GB")).isEqualTo("en");
        assertThat(Language.fromCode("eng")).isNull();
    }
}
