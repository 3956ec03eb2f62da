package org.crossforce.extraction.tika;

/** Names of formats as a user would say them. */
final class Formats {

    private Formats() {
    }

    static String describe(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return "file";
        }
        String type = mediaType.replaceFirst(";.*$", "").trim();
        return switch (type) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/x-tika-ooxml", "application/msword", "application/rtf" -> "Word document";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.ms-excel" -> "spreadsheet";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.ms-powerpoint" -> "presentation";
            case "message/rfc822", "application/vnd.ms-outlook" -> "email";
            case "application/mbox" -> "mailbox";
            case "application/vnd.ms-outlook-pst" -> "Outlook data file";
            case "application/zip" -> "zip archive";
            case "application/x-7z-compressed" -> "7-Zip archive";
            case "application/x-tar", "application/x-gtar" -> "tar archive";
            case "application/gzip", "application/x-gzip" -> "gzip file";
            case "application/xml", "text/xml" -> "XML file";
            case "text/html", "application/xhtml+xml" -> "web page";
            case "text/plain" -> "text file";
            case "application/x-tika-msoffice" -> "Office document";
            default -> type.startsWith("image/") ? "image (" + type.substring(6) + ")" : "file (" + type + ")";
        };
    }
}
