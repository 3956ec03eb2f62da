package org.crossforce.extraction.tika;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.metadata.Geographic;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.ExtractedDocument.Email;
import org.crossforce.extraction.ExtractedDocument.Photo;

/** Maps Tika's metadata of one file onto the fields Crossforce keeps. */
final class Documents {

    private static final String OCR_PARSER = "org.apache.tika.parser.ocr.TesseractOCRParser";
    private static final java.util.Set<String> INTERNAL = java.util.Set.of(TikaCoreProperties.TIKA_CONTENT.getName(),
            TikaCoreProperties.SOURCE_PATH.getName(), TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE.getName());

    private Documents() {
    }

    /**
     * @param name      the file's name, the title of last resort
     * @param truncated true when something was left out even if the text itself was not cut
     */
    static ExtractedDocument from(Metadata metadata, String name, boolean truncated) {
        String text = firstNonBlank(metadata.get(TikaCoreProperties.TIKA_CONTENT));
        text = text == null ? "" : text;
        String mediaType = mediaType(metadata);
        return new ExtractedDocument(
                mediaType,
                title(metadata, text, name),
                text,
                truncated || "true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED)),
                firstNonBlank(metadata.get(TikaCoreProperties.CREATOR), metadata.get(Message.MESSAGE_FROM)),
                instant(metadata, TikaCoreProperties.CREATED),
                instant(metadata, TikaCoreProperties.MODIFIED),
                email(metadata, mediaType),
                photo(metadata),
                pageCount(metadata),
                language(metadata, text),
                ocr(metadata, text),
                raw(metadata));
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "application/octet-stream" : type.replaceFirst(";.*$", "").trim();
    }

    private static String title(Metadata metadata, String text, String name) {
        String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.SUBJECT));
        if (title != null) {
            return clip(title);
        }
        for (String line : text.split("\\R", 20)) {
            if (line.strip().length() > 3) {
                return clip(line.strip());
            }
        }
        return name;
    }

    private static Email email(Metadata metadata, String mediaType) {
        boolean message = mediaType.equals("message/rfc822") || mediaType.equals("application/vnd.ms-outlook")
                || metadata.get(Message.MESSAGE_FROM) != null || metadata.get(Message.MESSAGE_TO) != null;
        if (!message) {
            return null;
        }
        return new Email(
                firstNonBlank(metadata.get(Message.MESSAGE_FROM)),
                values(metadata, Message.MESSAGE_TO),
                values(metadata, Message.MESSAGE_CC),
                firstNonBlank(metadata.get(TikaCoreProperties.SUBJECT), metadata.get(TikaCoreProperties.TITLE)),
                instant(metadata, TikaCoreProperties.CREATED));
    }

    private static Photo photo(Metadata metadata) {
        Double latitude = number(metadata.get(Geographic.LATITUDE));
        Double longitude = number(metadata.get(Geographic.LONGITUDE));
        Instant captured = instant(metadata, TIFF.ORIGINAL_DATE);
        String make = firstNonBlank(metadata.get(TIFF.EQUIPMENT_MAKE));
        String model = firstNonBlank(metadata.get(TIFF.EQUIPMENT_MODEL));
        if (latitude == null && longitude == null && captured == null && make == null && model == null) {
            return null;
        }
        // A position is only a position with both halves.
        boolean position = latitude != null && longitude != null;
        return new Photo(position ? latitude : null, position ? longitude : null, captured, make, model);
    }

    private static Integer pageCount(Metadata metadata) {
        Integer pages = integer(metadata.get(PagedText.N_PAGES));
        return pages != null ? pages : integer(metadata.get(Office.PAGE_COUNT));
    }

    private static String language(Metadata metadata, String text) {
        String declared = Language.fromCode(metadata.get(TikaCoreProperties.LANGUAGE));
        return declared != null ? declared : Language.detect(text);
    }

    /** True when Tesseract read an image, or some of a PDF's pages, and something came out. */
    private static boolean ocr(Metadata metadata, String text) {
        if (text.isBlank()) {
            return false;
        }
        Integer ocrPages = integer(metadata.get(PDF.OCR_PAGE_COUNT));
        return (ocrPages != null && ocrPages > 0)
                || Arrays.asList(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)).contains(OCR_PARSER);
    }

    /**
     * Everything Tika said, less the text itself, the child's notes to the parent and what the
     * child process added about where it found the file (a path in the work directory).
     */
    private static Map<String, List<String>> raw(Metadata metadata) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String name : metadata.names()) {
            if (!INTERNAL.contains(name) && !name.startsWith(Marks.PREFIX)) {
                all.put(name, List.of(metadata.getValues(name)));
            }
        }
        return all;
    }

    private static List<String> values(Metadata metadata, String name) {
        return Arrays.stream(metadata.getValues(name)).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Instant instant(Metadata metadata, Property property) {
        try {
            Date date = metadata.getDate(property);
            return date == null ? null : date.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String title) {
        String oneLine = title.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
