package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.crossforce.extraction.ExtractedPart;
import org.crossforce.extraction.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emails, archives and what is inside them, down to the bytes of every embedded file. */
class RecursiveExtractionTest {

    private static IsolatedTikaExtractor extractor;

    @TempDir
    Path dir;

    private Extraction last;

    @BeforeAll
    static void start() {
        extractor = Settings.defaults().extractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    /** The caller takes the embedded files' bytes over, and must remove them. */
    @AfterEach
    void removeContent() throws Exception {
        if (last != null) {
            for (ExtractedPart part : last.parts()) {
                if (part.content() != null) {
                    Files.deleteIfExists(part.content());
                }
            }
        }
    }

    @Test
    void emailAttachmentIsAPartWithItsOwnBytes() throws Exception {
        Path eml = TikaDocumentExtractorTest.fixture("email-with-attachment.eml");

        last = extractor.extract(eml, "email-with-attachment.eml");

        assertThat(last.parts()).extracting(ExtractedPart::path).containsExactly("", "fixture-property-list.pdf");
        ExtractedPart pdf = last.embedded().getFirst();
        assertThat(pdf.depth()).isEqualTo(1);
        assertThat(pdf.document().mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.document().text()).contains("gold sovereigns");
        assertThat(pdf.content()).exists();
        assertThat(Files.readString(pdf.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(last.root().document().text()).contains("Please find attached").doesNotContain("gold sovereigns");
    }

    @Test
    void mailWithAZipOfDocumentsGivesEveryFileDepthFirstWithUniqueStablePaths() throws Exception {
        byte[] docx = Files.readAllBytes(TikaDocumentExtractorTest.fixture("witness-statement.docx"));
        Map<String, byte[]> inner = Evidence.entries();
        inner.put("deep.txt", Evidence.text("Found in the inner archive: VRM UX19 QFK."));
        Map<String, byte[]> entries = Evidence.entries();
        entries.put("statement.docx", docx);
        entries.put("notes/notes.txt", Evidence.text("Notes of the first visit to Bread Street."));
        entries.put("later/notes.txt", Evidence.text("Notes of the second visit to Bread Street."));
        entries.put("inner.zip", Evidence.zip(inner));
        byte[] zip = Evidence.zip(entries);
        Path mail = Evidence.write(dir.resolve("mail.eml"), Evidence.email("Evidence from Bread Street",
                "The archive from the scene is attached.", "evidence.zip", "application/zip", zip));

        last = extractor.extract(mail, "mail.eml");

        assertThat(last.parts()).extracting(ExtractedPart::path).containsExactly("", "evidence.zip",
                "evidence.zip/statement.docx", "evidence.zip/notes.txt", "evidence.zip/notes (2).txt",
                "evidence.zip/inner.zip", "evidence.zip/inner.zip/deep.txt");
        assertThat(last.parts()).extracting(ExtractedPart::depth).containsExactly(0, 1, 2, 2, 2, 2, 3);
        assertThat(last.parts()).allSatisfy(part -> assertThat(part.failed()).isFalse());
        assertThat(part("evidence.zip").content()).hasBinaryContent(zip);
        assertThat(part("evidence.zip/statement.docx").content()).hasBinaryContent(docx);
        assertThat(part("evidence.zip/statement.docx").document().author()).isEqualTo("PC 0451 Owen PRICE");
        assertThat(part("evidence.zip/notes (2).txt").document().text()).contains("second visit");
        assertThat(part("evidence.zip/inner.zip/deep.txt").document().text()).contains("UX19 QFK");

        Extraction again = extractor.extract(mail, "mail.eml");
        assertThat(again.parts()).extracting(ExtractedPart::path)
                .containsExactlyElementsOf(last.parts().stream().map(ExtractedPart::path).toList());
        again.parts().stream().filter(p -> p.content() != null).forEach(p -> p.content().toFile().delete());
    }

    @Test
    void anEmbeddedFileThatCannotBeReadIsAFailedPartNotAFailedExtraction() throws Exception {
        Map<String, byte[]> entries = Evidence.entries();
        entries.put("truncated.docx", Files.readAllBytes(TikaDocumentExtractorTest.fixture("truncated.docx")));
        entries.put("readable.txt", Evidence.text("This one can be read."));
        Path zip = Evidence.write(dir.resolve("mixed.zip"), Evidence.zip(entries));

        last = extractor.extract(zip, "mixed.zip");

        ExtractedPart broken = part("truncated.docx");
        assertThat(broken.failed()).isTrue();
        assertThat(broken.failure()).contains("damaged or incomplete");
        assertThat(broken.content()).as("the original is still kept").exists();
        assertThat(part("readable.txt").document().text()).contains("This one can be read.");
    }

    @Test
    void filesNestedTooDeepAreKeptButNotOpened() throws Exception {
        byte[] nested = Evidence.text("At the bottom of the pile.");
        String name = "bottom.txt";
        for (int level = 6; level >= 1; level--) {
            Map<String, byte[]> entries = Evidence.entries();
            entries.put(name, nested);
            nested = Evidence.zip(entries);
            name = "level" + level + ".zip";
        }
        Path zip = Evidence.write(dir.resolve("pile.zip"), nested);

        try (IsolatedTikaExtractor shallow = Settings.defaults().maxEmbeddedDepth(3).extractor()) {
            last = shallow.extract(zip, "pile.zip");
        }

        assertThat(last.parts()).extracting(ExtractedPart::path).containsExactly("", "level2.zip",
                "level2.zip/level3.zip", "level2.zip/level3.zip/level4.zip",
                "level2.zip/level3.zip/level4.zip/level5.zip");
        ExtractedPart tooDeep = last.parts().getLast();
        assertThat(tooDeep.failure()).isEqualTo("It is inside more than 3 levels of embedded files, so it was kept but not opened.");
        assertThat(tooDeep.content()).exists();
    }

    @Test
    void beyondTheEmbeddedCountTheRestIsSkippedAndTheFileMarkedTruncated() throws Exception {
        Map<String, byte[]> entries = Evidence.entries();
        for (int i = 1; i <= 20; i++) {
            entries.put("statement-" + i + ".txt", Evidence.text("Statement number " + i));
        }
        Path zip = Evidence.write(dir.resolve("statements.zip"), Evidence.zip(entries));

        try (IsolatedTikaExtractor few = Settings.defaults().maxEmbeddedCount(5).extractor()) {
            last = few.extract(zip, "statements.zip");
        }

        assertThat(last.embedded()).hasSize(5);
        assertThat(last.root().document().truncated()).isTrue();
    }

    @Test
    void mailboxGivesOneMessagePerMail() throws Exception {
        String mbox = """
                From amara.okafor@kent.police.example Mon Nov 24 14:05:00 2025
                From: amara.okafor@kent.police.example
                To: helen.marsh@kent.police.example
                Subject: First sighting
                Date: Mon, 24 Nov 2025 14:05:00 +0000

                White van seen on Bread Street.

                From tom.reid@kent.police.example Mon Nov 24 15:10:00 2025
                From: tom.reid@kent.police.example
                To: helen.marsh@kent.police.example
                Subject: Second sighting
                Date: Mon, 24 Nov 2025 15:10:00 +0000

                Same van at the Margate services.
                """;
        Path file = Evidence.write(dir.resolve("inbox.mbox"), Evidence.text(mbox));

        last = extractor.extract(file, "inbox.mbox");

        assertThat(last.embedded()).hasSize(2);
        assertThat(last.embedded()).extracting(p -> p.document().email().subject())
                .containsExactly("First sighting", "Second sighting");
        assertThat(last.embedded().get(1).document().text()).contains("Margate services");
    }

    @Test
    void tarGzipAndSevenZipAreUnpacked() throws Exception {
        byte[] statement = Evidence.text("Statement kept in a tar archive.");
        ByteArrayOutputStream tarBytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(tarBytes)) {
            TarArchiveEntry entry = new TarArchiveEntry("statement.txt");
            entry.setSize(statement.length);
            tar.putArchiveEntry(entry);
            tar.write(statement);
            tar.closeArchiveEntry();
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(tarBytes.toByteArray());
        }
        Path tgz = Evidence.write(dir.resolve("statements.tar.gz"), gz.toByteArray());
        Path sevenZ = dir.resolve("statements.7z");
        try (SevenZOutputFile out = new SevenZOutputFile(sevenZ.toFile())) {
            SevenZArchiveEntry entry = out.createArchiveEntry(Evidence.write(dir.resolve("log.txt"),
                    Evidence.text("Log kept in a 7-Zip archive.")).toFile(), "log.txt");
            out.putArchiveEntry(entry);
            out.write(Files.readAllBytes(dir.resolve("log.txt")));
            out.closeArchiveEntry();
        }

        last = extractor.extract(tgz, "statements.tar.gz");
        assertThat(last.parts()).extracting(ExtractedPart::path).containsExactly("", "statements.tar",
                "statements.tar/statement.txt");
        assertThat(part("statements.tar/statement.txt").document().text()).contains("tar archive");
        removeContent();

        last = extractor.extract(sevenZ, "statements.7z");
        assertThat(last.parts()).extracting(ExtractedPart::path).containsExactly("", "log.txt");
        assertThat(part("log.txt").document().text()).contains("7-Zip archive");
    }

    private ExtractedPart part(String path) {
        return last.parts().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not among " + last.parts().stream().map(ExtractedPart::path).toList()));
    }
}
