package org.crossforce.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in one file.
 *
 * @param truncated true when the text was cut at the configured limit
 * @param email     sender, recipients and subject, for an email; else null
 * @param photo     where and when a photo was taken and with what, when it says so; else null
 * @param pageCount pages of a paged document; else null
 * @param language  ISO 639-1 code of the text's language when detected; else null
 * @param ocr       true when some of the text came from optical character recognition
 * @param metadata  every metadata value the parser reported, by its name
 */
public record ExtractedDocument(
        String mediaType,
        String title,
        String text,
        boolean truncated,
        String author,
        Instant created,
        Instant modified,
        Email email,
        Photo photo,
        Integer pageCount,
        String language,
        boolean ocr,
        Map<String, List<String>> metadata) {

    public ExtractedDocument {
        metadata = Map.copyOf(metadata);
    }

    /** @param sent when the message was sent */
    public record Email(String from, List<String> to, List<String> cc, String subject, Instant sent) {
        public Email {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }
    }

    /** @param latitude WGS84, null when the photo carries no position */
    public record Photo(Double latitude, Double longitude, Instant captured, String cameraMake, String cameraModel) {
        public boolean hasPosition() {
            return latitude != null && longitude != null;
        }
    }
}
