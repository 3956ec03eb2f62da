package org.crossforce.extraction.tika;

import java.time.Duration;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/** Why a file or an embedded file could not be read, in words its sender understands. */
final class Reasons {

    private Reasons() {
    }

    /** From the stack trace the child recorded for a file (Tika passes exceptions on as text). */
    static String fromStackTrace(String stackTrace, Metadata metadata) {
        String format = "The " + Formats.describe(metadata.get(Metadata.CONTENT_TYPE));
        String first = firstLine(stackTrace);
        String cause = rootCause(stackTrace);
        if (stackTrace.contains("EncryptedDocumentException") || "true".equals(metadata.get(TikaCoreProperties.IS_ENCRYPTED))) {
            return format + " is password-protected or encrypted, so its text cannot be read.";
        }
        if (stackTrace.contains("ZeroByteFileException")) {
            return "The file is empty (0 bytes).";
        }
        if (stackTrace.contains("entity expansions") || stackTrace.contains("JAXP00010001")
                || stackTrace.contains("entityExpansionLimit")) {
            return format + " declares entities that expand without end (a \"billion laughs\" attack), "
                    + "so it was not read.";
        }
        if (first.contains("TikaException") || first.contains("SAXException") || first.contains("IOException")
                || first.contains("ZipException") || first.contains("EOFException")) {
            return format + " is damaged or incomplete and could not be read (" + message(cause) + ").";
        }
        return format + " could not be read (" + message(cause) + ").";
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 120 && seconds % 60 == 0) {
            return seconds / 60 + " minutes";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }

    static String size(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    /** The last "Caused by:" line of a stack trace, else its first line. */
    private static String rootCause(String stackTrace) {
        String cause = firstLine(stackTrace);
        for (String line : stackTrace.split("\\R")) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).strip();
            }
        }
        return cause;
    }

    /** "java.util.zip.ZipException: invalid entry" gives "invalid entry"; no message gives "ZipException". */
    private static String message(String exceptionLine) {
        int colon = exceptionLine.indexOf(": ");
        String type = colon < 0 ? exceptionLine : exceptionLine.substring(0, colon);
        String message = colon < 0 ? "" : exceptionLine.substring(colon + 2)
                // An XML parser's location ("file://; lineNumber: 1; columnNumber: 1; ") says nothing to a user.
                .replaceFirst("^.*?lineNumber: \\d+; columnNumber: \\d+; ", "")
                .strip().replaceFirst("\\.$", "");
        if (!message.isEmpty()) {
            return message.length() <= 200 ? message : message.substring(0, 197) + "...";
        }
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
