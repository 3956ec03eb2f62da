package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import org.crossforce.extraction.ExtractedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text in pictures, read by Debian's Tesseract (installed by the test script). */
class OcrTest {

    private static final String STATEMENT = "Witness statement of Priya RAMANATHAN";

    private static IsolatedTikaExtractor extractor;

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
    void tesseractIsFoundOnThePath() {
        assertThat(extractor.ocrAvailable()).as("tesseract-ocr and tesseract-ocr-eng must be installed").isTrue();
    }

    @Test
    void textInAnImageIsRecognised() throws Exception {
        Path png = Images.png(dir.resolve("statement.png"), Images.of(STATEMENT, "Taken at Margate, 14 March 2025"));

        ExtractedDocument document = extractor.extract(png, "statement.png").root().document();

        assertThat(document.mediaType()).isEqualTo("image/png");
        assertThat(document.text()).contains("Priya RAMANATHAN", "Margate");
        assertThat(document.ocr()).isTrue();
        assertThat(document.title()).isEqualTo(STATEMENT);
    }

    @Test
    void pagesThatAreOnlyAnImageAreRecognised() throws Exception {
        Path pdf = Images.scannedPdf(dir.resolve("scan.pdf"), Images.of(STATEMENT), 2);

        ExtractedDocument document = extractor.extract(pdf, "scan.pdf").root().document();

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.pageCount()).isEqualTo(2);
        assertThat(document.text()).contains("Priya RAMANATHAN");
        assertThat(document.ocr()).isTrue();
        assertThat(document.metadata()).containsEntry("pdf:ocrPageCount", java.util.List.of("2"));
    }

    @Test
    void aPdfWithTextIsNotSentToOcr() throws Exception {
        ExtractedDocument document = extractor.extract(TikaDocumentExtractorTest.fixture("incident-report.pdf"),
                "incident-report.pdf").root().document();

        assertThat(document.ocr()).isFalse();
        assertThat(document.metadata()).containsEntry("pdf:ocrPageCount", java.util.List.of("0"));
    }

    @Test
    void aPhotoReadWithoutOcrKeepsWhereItWasTakenAndIsNotRecognised() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(Images.of(STATEMENT, "Taken at Margate, 14 March 2025"), "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(1.3817, 51.3894);
        Path jpeg = dir.resolve("statement.jpg");
        try (OutputStream out = Files.newOutputStream(jpeg)) {
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
        }

        ExtractedDocument read = extractor.extract(jpeg, "statement.jpg").root().document();
        ExtractedDocument checked = extractor.extractWithoutOcr(jpeg, "statement.jpg").root().document();

        assertThat(read.ocr()).isTrue();
        assertThat(read.text()).contains("RAMANATHAN");
        assertThat(checked.ocr()).isFalse();
        assertThat(checked.text()).doesNotContain("RAMANATHAN");
        assertThat(checked.mediaType()).isEqualTo("image/jpeg");
        assertThat(checked.photo().latitude()).isCloseTo(51.3894, within(0.0001));
        assertThat(checked.photo().longitude()).isCloseTo(1.3817, within(0.0001));
    }

    @Test
    void ocrCanBeTurnedOff() throws Exception {
        Path png = Images.png(dir.resolve("statement.png"), Images.of(STATEMENT));
        try (IsolatedTikaExtractor withoutOcr = Settings.defaults().ocr(false).extractor()) {
            ExtractedDocument document = withoutOcr.extract(png, "statement.png").root().document();

            assertThat(withoutOcr.ocrAvailable()).isFalse();
            assertThat(document.mediaType()).isEqualTo("image/png");
            assertThat(document.text()).isEmpty();
            assertThat(document.ocr()).isFalse();
            assertThat(document.title()).isEqualTo("statement.png");
        }
    }

    @Test
    void withoutTesseractImagesAreStillTakenInWithoutText() throws Exception {
        Path png = Images.png(dir.resolve("statement.png"), Images.of(STATEMENT));
        try (IsolatedTikaExtractor noTesseract = Settings.defaults().extractor(false, ChildLaunch.detect())) {
            ExtractedDocument document = noTesseract.extract(png, "statement.png").root().document();

            assertThat(noTesseract.ocrAvailable()).isFalse();
            assertThat(document.text()).isEmpty();
            assertThat(document.ocr()).isFalse();
        }
    }

    @Test
    void tesseractIsLookedForOnPath() {
        assertThat(Tesseract.onPath("/nowhere:/also/nowhere")).isFalse();
        assertThat(Tesseract.onPath("")).isFalse();
        assertThat(Tesseract.onPath(null)).isFalse();
        assertThat(Tesseract.onPath("/nowhere:/usr/bin")).isTrue();
    }
}
