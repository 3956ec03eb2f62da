package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.Extraction;
import org.crossforce.extraction.ExtractionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Files made to hurt: each ends as a failed extraction with a reason, or as a truncated document,
 * and the extractor (and with it the application) goes on working.
 */
class HostileFilesTest {

    private static final long ONE_GB = 1L << 30;

    private static IsolatedTikaExtractor extractor;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = Settings.defaults().extractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void zipBombFailsAsAZipBomb() throws Exception {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inner)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            Evidence.repeat(zip, new byte[1 << 20], 200);
            zip.closeEntry();
        }
        Map<String, byte[]> copies = Evidence.entries();
        for (int i = 1; i <= 20; i++) {
            copies.put("layer-" + i + ".zip", inner.toByteArray());
        }
        Path bomb = Evidence.write(dir.resolve("bomb.zip"), Evidence.zip(copies));

        assertThatThrownBy(() -> extractor.extract(bomb, "bomb.zip"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageStartingWith("The zip archive unpacks to more than")
                .hasMessageContaining("zip bomb");
        assertStillWorks();
    }

    @Test
    void billionLaughsFailsAsSuch() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        Path laughs = Evidence.write(dir.resolve("laughs.xml"), Evidence.text(xml.toString()));

        assertThatThrownBy(() -> extractor.extract(laughs, "laughs.xml"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessageContaining("billion laughs");
        assertStillWorks();
    }

    @Test
    void truncatedWordDocumentFailsAsDamaged() {
        assertThatThrownBy(() -> extractor.extract(TikaDocumentExtractorTest.fixture("truncated.docx"), "truncated.docx"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessage("The Word document is damaged or incomplete and could not be read (Premature end of file).");
    }

    @Test
    void passwordProtectedPdfFailsAsProtected() throws Exception {
        Path pdf = dir.resolve("protected.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Informant details: not for disclosure");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> extractor.extract(pdf, "protected.pdf"))
                .isInstanceOf(ExtractionFailedException.class)
                .hasMessage("The PDF is password-protected or encrypted, so its text cannot be read.");
    }

    @Test
    void oneGigabyteOfTextAboveTheSizeLimitFailsWithoutBeingRead() throws Exception {
        Path huge = gigabyteOfText();
        try (IsolatedTikaExtractor limited = Settings.defaults().maxFileSize(DataSize.ofMegabytes(100)).extractor()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> limited.extract(huge, "huge.txt"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessage("The file is too large to read (1 GB; the limit is 100 MB).");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void oneGigabyteOfTextWithinTheSizeLimitIsCutAtTheCharacterLimit() throws Exception {
        Path huge = gigabyteOfText();
        try (IsolatedTikaExtractor limited = Settings.defaults().maxCharacters(1_000_000).extractor()) {
            ExtractedDocument document = limited.extract(huge, "huge.txt").root().document();

            assertThat(document.truncated()).isTrue();
            assertThat(document.text()).hasSizeBetween(900_000, 1_000_000).startsWith("Line 0 of the overnight");
            assertThat(document.metadata()).containsEntry("X-TIKA:EXCEPTION:write_limit_reached", java.util.List.of("true"));
        }
    }

    @Test
    void fileThatExhaustsTheChildsMemoryFailsAndTheNextOneIsRead() throws Exception {
        Path text = dir.resolve("long.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(text))) {
            Evidence.repeat(out, "A long line of an endless log, repeated until memory runs out.\n"
                    .getBytes(StandardCharsets.US_ASCII), 800_000);
        }
        try (IsolatedTikaExtractor small = Settings.defaults().childHeap(DataSize.ofMegabytes(64)).extractor()) {
            assertThatThrownBy(() -> small.extract(text, "long.txt"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessageContaining("needed more memory than extraction may use (64 MB)");

            Path statement = TikaDocumentExtractorTest.fixture("burglary-report.txt");
            assertThat(small.extract(statement, "burglary-report.txt").root().document().text()).contains("burglaries");
        }
    }

    @Test
    void fileThatTakesTooLongIsStoppedAtTheTimeout() throws Exception {
        Path scan = Images.scannedPdf(dir.resolve("scan.pdf"), Images.of("Page after page of a slow scan"), 30);
        try (IsolatedTikaExtractor hasty = Settings.defaults().timeout(Duration.ofSeconds(3)).extractor()) {
            hasty.extract(TikaDocumentExtractorTest.fixture("burglary-report.txt"), "warm-up.txt");
            long started = System.nanoTime();

            assertThatThrownBy(() -> hasty.extract(scan, "scan.pdf"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessage("The PDF took longer than 3 seconds to read, so reading was stopped. "
                            + "It may be very large, damaged or deliberately malformed.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void childThatCrashesFailsTheFileAndIsReplaced() throws Exception {
        Path scan = Images.scannedPdf(dir.resolve("scan.pdf"), Images.of("Page after page of a slow scan"), 30);
        try (IsolatedTikaExtractor crashing = Settings.defaults().extractor()) {
            crashing.extract(TikaDocumentExtractorTest.fixture("burglary-report.txt"), "warm-up.txt");
            CompletableFuture<Extraction> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return crashing.extract(scan, "scan.pdf");
                } catch (ExtractionFailedException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            killTheChildRunningTesseract();

            assertThatThrownBy(() -> slow.get(60, TimeUnit.SECONDS))
                    .hasMessageContaining("stopped unexpectedly");
            Path statement = TikaDocumentExtractorTest.fixture("burglary-report.txt");
            assertThat(crashing.extract(statement, "burglary-report.txt").root().document().text()).contains("burglaries");
        }
    }

    @Test
    void childThatNeverStartsEndsAtTheDeadlineInsteadOfRetryingForEver() throws Exception {
        Path fakeJava = Files.writeString(dir.resolve("java"), "#!/bin/sh\nexec sleep 600\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
        ChildLaunch stuck = new ChildLaunch(fakeJava.toString(), java.util.List.of(), Duration.ofSeconds(2));
        try (IsolatedTikaExtractor broken = Settings.defaults().timeout(Duration.ofSeconds(2))
                .extractor(true, stuck)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> broken.extract(TikaDocumentExtractorTest.fixture("burglary-report.txt"), "x.txt"))
                    .isInstanceOf(ExtractionFailedException.class)
                    .hasMessage("Extraction did not finish within 6 seconds; the reading process could not be "
                            + "started or did not answer.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
        }
    }

    /** The child busy with the scan is the parent of the Tesseract process reading its pages. */
    private static void killTheChildRunningTesseract() throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            var child = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("tesseract"))
                    .flatMap(p -> p.parent().stream())
                    .findFirst();
            if (child.isPresent()) {
                child.get().destroyForcibly();
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No child process started Tesseract");
    }

    private static void assertStillWorks() throws Exception {
        Path statement = TikaDocumentExtractorTest.fixture("burglary-report.txt");
        assertThat(extractor.extract(statement, "burglary-report.txt").root().document().text()).contains("burglaries");
    }

    /** Exactly 1 GB (the default size limit) of real text, written once for the tests that need it. */
    private static synchronized Path gigabyteOfText() throws IOException {
        Path file = shared.resolve("huge.txt");
        if (Files.exists(file)) {
            return file;
        }
        byte[] block = new byte[1 << 20];
        int at = 0;
        for (int line = 0; at < block.length; line++) {
            byte[] text = ("Line " + line + " of the overnight CCTV log: no movement on Bread Street.\n")
                    .getBytes(StandardCharsets.US_ASCII);
            int n = Math.min(text.length, block.length - at);
            System.arraycopy(text, 0, block, at, n);
            at += n;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            Evidence.repeat(out, block, ONE_GB / block.length);
        }
        return file;
    }
}
