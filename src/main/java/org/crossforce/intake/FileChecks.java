package org.crossforce.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.tika.Tika;
import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractionFailedException;
import org.springframework.stereotype.Component;

/**
 * What a file from the public really is. The type comes from its content, never from its name;
 * a photo is then read in the same isolated children as every upload, for where it was taken.
 */
@Component
class FileChecks {

    private static final Tika TYPES = new Tika();

    private final DocumentExtractor extractor;
    private final IntakeProperties properties;

    FileChecks(DocumentExtractor extractor, IntakeProperties properties) {
        this.extractor = extractor;
        this.properties = properties;
    }

    record Checked(String mediaType, Double latitude, Double longitude, Instant takenAt) {
    }

    /** @throws SubmissionRefusedException when it is not a photo or video, or is unreadable */
    Checked check(Path file, String name) {
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            type = TYPES.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (properties.mediaTypes().stream().noneMatch(type::startsWith)) {
            throw new SubmissionRefusedException(name + " is not a photo or a video. Only photos and videos can be "
                    + "sent here; describe anything else in your own words.");
        }
        if (!type.startsWith("image/")) {
            return new Checked(type, null, null, null);
        }
        try {
            ExtractedDocument.Photo photo = extractor.extractWithoutOcr(file, name).root().document().photo();
            return photo == null ? new Checked(type, null, null, null)
                    : new Checked(type, photo.latitude(), photo.longitude(), photo.captured());
        } catch (ExtractionFailedException e) {
            throw new SubmissionRefusedException(name + " could not be opened as a photo: it may be damaged. "
                    + "Try sending it again, or send another copy.");
        }
    }
}
