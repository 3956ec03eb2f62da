package org.crossforce.corpus.render;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * RFC 5322 messages written by hand: a UTF-8 text body and base64 attachments in
 * {@code multipart/mixed}. The boundary comes from the message id, never from a clock or a random
 * number, so the same message is always the same bytes.
 */
public final class MimeWriter {

    public record Attachment(String name, String contentType, byte[] bytes) {
    }

    public record Message(String from, String to, String cc, ZonedDateTime date, String subject, String messageId,
            String marking, String handling, String body, List<Attachment> attachments) {
    }

    private MimeWriter() {
    }

    public static String contentType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    public static byte[] write(Message m) {
        StringBuilder out = new StringBuilder();
        out.append("From: ").append(m.from()).append('\n').append("To: ").append(m.to()).append('\n');
        if (m.cc() != null) {
            out.append("Cc: ").append(m.cc()).append('\n');
        }
        out.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(m.date())).append('\n')
                .append("Subject: ").append(encodeWord(m.subject())).append('\n')
                .append("Message-ID: <").append(m.messageId()).append(">\n")
                .append("X-Security-Classification: ").append(m.marking()).append('\n')
                .append("X-Handling-Code: ").append(m.handling()).append('\n')
                .append("MIME-Version: 1.0\n");
        String text = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + m.body();
        if (m.attachments().isEmpty()) {
            out.append(text);
        } else {
            String boundary = "=_crossforce_" + Integer.toHexString(m.messageId().hashCode());
            out.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n\n")
                    .append("This is a multi-part message in MIME format.\n\n")
                    .append("--").append(boundary).append('\n').append(text).append('\n');
            for (Attachment a : m.attachments()) {
                out.append("--").append(boundary).append('\n')
                        .append("Content-Type: ").append(a.contentType()).append("; name=\"").append(a.name()).append("\"\n")
                        .append("Content-Disposition: attachment; filename=\"").append(a.name()).append("\"\n")
                        .append("Content-Transfer-Encoding: base64\n\n")
                        .append(Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(a.bytes()))
                        .append('\n');
            }
            out.append("--").append(boundary).append("--\n");
        }
        return out.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 2047 encoded words for a header that is not plain ASCII. */
    static String encodeWord(String s) {
        if (s.chars().allMatch(c -> c < 128)) {
            return s;
        }
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int cp : s.codePoints().toArray()) {
            if ((chunk + Character.toString(cp)).getBytes(StandardCharsets.UTF_8).length > 45) {
                words.add(encoded(chunk.toString()));
                chunk.setLength(0);
            }
            chunk.appendCodePoint(cp);
        }
        words.add(encoded(chunk.toString()));
        return String.join("\n ", words);
    }

    private static String encoded(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
