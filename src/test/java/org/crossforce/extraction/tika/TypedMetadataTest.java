package org.crossforce.extraction.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractedDocument.Email;
import org.crossforce.extraction.ExtractedDocument.Photo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata Crossforce keeps in fields of its own: photos, emails, pages, language. */
class TypedMetadataTest {

    private static IsolatedTikaExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = Settings.defaults().ocr(false).extractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void photoGivesPositionCaptureTimeAndCamera() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(Images.of("Scene, Bread Street"), "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "Canon EOS 250D");
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2025:03:14 09:26:53");
        // Margate seafront: west of Greenwich, so a negative longitude would be wrong here.
        exif.setGpsInDegrees(1.3817, 51.3894);
        Path jpeg = dir.resolve("scene.jpg");
        try (OutputStream out = Files.newOutputStream(jpeg)) {
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
        }

        ExtractedDocument document = extractor.extract(jpeg, "scene.jpg").root().document();

        assertThat(document.mediaType()).isEqualTo("image/jpeg");
        Photo photo = document.photo();
        assertThat(photo).isNotNull();
        assertThat(photo.hasPosition()).isTrue();
        assertThat(photo.latitude()).isCloseTo(51.3894, within(0.0001));
        assertThat(photo.longitude()).isCloseTo(1.3817, within(0.0001));
        assertThat(photo.captured()).isEqualTo(Instant.parse("2025-03-14T09:26:53Z"));
        assertThat(photo.cameraMake()).isEqualTo("Canon");
        assertThat(photo.cameraModel()).isEqualTo("Canon EOS 250D");
        assertThat(document.email()).isNull();
    }

    @Test
    void photoWithoutExifHasNoPhotoFields() throws Exception {
        Path jpeg = Images.jpeg(dir.resolve("plain.jpg"), Images.of("Nothing to see"));

        assertThat(extractor.extract(jpeg, "plain.jpg").root().document().photo()).isNull();
    }

    @Test
    void emailGivesSenderRecipientsSubjectAndTimeSent() throws Exception {
        Path mail = Evidence.write(dir.resolve("mail.eml"), Evidence.email("Van seen again",
                "The white van was seen again on Bread Street this morning, and the driver was the man with the scar.",
                "note.txt", "text/plain", Evidence.text("A note.")));

        var extraction = extractor.extract(mail, "mail.eml");
        Evidence.discard(extraction);
        ExtractedDocument document = extraction.root().document();

        Email email = document.email();
        assertThat(email.from()).isEqualTo("DS Amara OKAFOR <amara.okafor@kent.police.example>");
        assertThat(email.to()).containsExactly("DC Helen MARSH <helen.marsh@kent.police.example>",
                "PC Tom REID <tom.reid@kent.police.example>");
        assertThat(email.cc()).containsExactly("DI Sarah COLE <sarah.cole@kent.police.example>");
        assertThat(email.subject()).isEqualTo("Van seen again");
        assertThat(email.sent()).isEqualTo(Instant.parse("2025-11-24T14:05:00Z"));
        assertThat(document.author()).isEqualTo(email.from());
        assertThat(document.title()).isEqualTo("Van seen again");
        assertThat(document.photo()).isNull();
    }

    @Test
    void documentGivesPagesDatesAndLanguage() throws Exception {
        ExtractedDocument pdf = extractor.extract(TikaDocumentExtractorTest.fixture("incident-report.pdf"),
                "incident-report.pdf").root().document();

        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.created()).isNotNull();
        assertThat(pdf.modified()).isNotNull();
        assertThat(pdf.email()).isNull();
        assertThat(pdf.metadata()).containsKey("pdf:PDFVersion").doesNotContainKey("X-TIKA:content")
                .doesNotContainKey("X-TIKA:sourcePath");
    }

    @Test
    void languageIsGuessedFromTheTextWhenTheFileDoesNotSay() throws Exception {
        Path french = Evidence.write(dir.resolve("temoignage.txt"), Evidence.text(
                "Le témoin a vu deux hommes dans la rue. Ils sont partis avec une camionnette blanche et "
                        + "elle pense que le conducteur est le frère du propriétaire. Nous avons pris sa déposition "
                        + "pour le dossier et elle sera entendue de nouveau dans la semaine."));
        Path english = TikaDocumentExtractorTest.fixture("burglary-report.txt");

        assertThat(extractor.extract(french, "temoignage.txt").root().document().language()).isEqualTo("fr");
        assertThat(extractor.extract(english, "burglary-report.txt").root().document().language()).isEqualTo("en");
    }
}
