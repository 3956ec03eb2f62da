package org.crossforce.extraction.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.ExtractedDocument;
import org.crossforce.extraction.Extraction;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.extraction.ExtractionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/** Extraction with Tika's AutoDetectParser: the format is detected from the bytes. */
@Component
@EnableConfigurationProperties(ExtractionProperties.class)
class TikaDocumentExtractor implements DocumentExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ExtractionProperties properties;

    TikaDocumentExtractor(ExtractionProperties properties) {
        this.properties = properties;
    }

    @Override
    public Extraction extract(Path file, String fileName) throws ExtractionFailedException {
        try {
            if (Files.size(file) == 0) {
                throw new ExtractionFailedException("The file is empty (0 bytes).");
            }
        } catch (IOException e) {
            throw new ExtractionFailedException("The file could not be read: " + e.getMessage(), e);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(properties.maxCharacters());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw new ExtractionFailedException(reason(e, metadata), e);
            }
        }
        return Extraction.of(Documents.from(metadata, handler.toString(), truncated, fileName));
    }

    private static String reason(Exception e, Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        String format = type == null ? "file" : Formats.describe(type);
        if (e instanceof EncryptedDocumentException || e.getCause() instanceof EncryptedDocumentException) {
            return "The " + format + " is password-protected or encrypted, so its text cannot be read.";
        }
        if (e instanceof TikaException || e instanceof SAXException) {
            return "The " + format + " is damaged or incomplete and could not be read ("
                    + rootMessage(e) + ").";
        }
        return "The " + format + " could not be read (" + rootMessage(e) + ").";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** Maps Tika's metadata onto the fields Crossforce keeps. */
    static final class Documents {

        private Documents() {
        }

        static ExtractedDocument from(Metadata metadata, String text, boolean truncated, String fileName) {
            String cleanText = text.strip();
            Map<String, List<String>> all = new LinkedHashMap<>();
            for (String name : metadata.names()) {
                all.put(name, Arrays.asList(metadata.getValues(name)));
            }
            return new ExtractedDocument(
                    mediaType(metadata),
                    title(metadata, cleanText, fileName),
                    cleanText,
                    truncated,
                    firstNonBlank(metadata.get(TikaCoreProperties.CREATOR), metadata.get(Metadata.MESSAGE_FROM)),
                    metadata.getDate(TikaCoreProperties.CREATED) == null ? null
                            : metadata.getDate(TikaCoreProperties.CREATED).toInstant(),
                    metadata.getDate(TikaCoreProperties.MODIFIED) == null ? null
                            : metadata.getDate(TikaCoreProperties.MODIFIED).toInstant(),
                    null, null, null, null, false,
                    all);
        }

        private static String mediaType(Metadata metadata) {
            String type = metadata.get(Metadata.CONTENT_TYPE);
            return type == null ? "application/octet-stream" : type.replaceFirst(";.*$", "").trim();
        }

        private static String title(Metadata metadata, String text, String fileName) {
            String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.SUBJECT));
            if (title != null) {
                return clip(title);
            }
            for (String line : text.split("\\R", 20)) {
                if (line.strip().length() > 3) {
                    return clip(line.strip());
                }
            }
            return fileName;
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

    /** Names of formats as a user would say them. */
    static final class Formats {

        private Formats() {
        }

        static String describe(String mediaType) {
            String type = mediaType.replaceFirst(";.*$", "").trim();
            return switch (type) {
                case "application/pdf" -> "PDF";
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/x-tika-ooxml" -> "Word document";
                case "application/msword" -> "Word document";
                case "message/rfc822" -> "email";
                case "application/zip" -> "zip archive";
                default -> "file (" + type + ")";
            };
        }
    }

}
