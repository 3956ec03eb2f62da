package org.crossforce.extraction.tika;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds evidence files for tests: archives and emails of real files. */
final class Evidence {

    private Evidence() {
    }

    static Map<String, byte[]> entries() {
        return new LinkedHashMap<>();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A multipart email with a text body and one attachment. */
    static byte[] email(String subject, String body, String attachmentName, String attachmentType, byte[] attachment) {
        String boundary = "=_crossforce_test_boundary";
        String mail = """
                From: DS Amara OKAFOR <amara.okafor@kent.police.example>
                To: DC Helen MARSH <helen.marsh@kent.police.example>, PC Tom REID <tom.reid@kent.police.example>
                Cc: DI Sarah COLE <sarah.cole@kent.police.example>
                Subject: %s
                Date: Mon, 24 Nov 2025 14:05:00 +0000
                Message-ID: <test-%s@crossforce-test.invalid>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="%s"

                --%s
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                %s

                --%s
                Content-Type: %s; name="%s"
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                %s
                --%s--
                """.formatted(subject, Integer.toHexString(subject.hashCode()), boundary, boundary, body, boundary,
                attachmentType, attachmentName, attachmentName,
                Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment), boundary);
        return mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    /** Removes the embedded files' bytes an extraction handed over. */
    static void discard(org.crossforce.extraction.Extraction extraction) throws IOException {
        for (org.crossforce.extraction.ExtractedPart part : extraction.parts()) {
            if (part.content() != null) {
                Files.deleteIfExists(part.content());
            }
        }
    }

    static void repeat(OutputStream out, byte[] block, long times) throws IOException {
        for (long i = 0; i < times; i++) {
            out.write(block);
        }
    }
}
