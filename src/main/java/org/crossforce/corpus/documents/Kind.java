package org.crossforce.corpus.documents;

/**
 * What a file is and how it is written, with its share of the corpus (weights out of 86). The
 * manifest's {@code kind} and {@code format} come from here.
 */
public enum Kind {
    INCIDENT_REPORT_TXT("incident-report", "txt", "incident-reports", 11),
    INCIDENT_REPORT_HTML("incident-report", "html", "incident-reports", 9),
    WITNESS_STATEMENT_DOCX("witness-statement", "docx", "statements", 10),
    WITNESS_STATEMENT_PDF("witness-statement", "pdf", "statements", 9),
    SCANNED_STATEMENT_PDF("scanned-statement", "pdf", "scans", 4),
    SCANNED_STATEMENT_PNG("scanned-statement", "png", "scans", 4),
    EMAIL("email", "eml", "emails", 4),
    EMAIL_WITH_ATTACHMENT("email", "eml", "emails", 6),
    EMAIL_WITH_ZIP("email", "eml", "emails", 2),
    PHOTO("photo", "jpg", "photos", 10),
    INTELLIGENCE_LOG_TXT("intelligence-log", "txt", "intelligence", 8),
    INTELLIGENCE_LOG_HTML("intelligence-log", "html", "intelligence", 5),
    BEACON_RMS("rms-export", "csv", "exports", 2),
    HARBOUR_INTEL("intelligence-export", "json", "exports", 2);

    private final String label;
    private final String format;
    private final String folder;
    private final int weight;

    Kind(String label, String format, String folder, int weight) {
        this.label = label;
        this.format = format;
        this.folder = folder;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public String format() {
        return format;
    }

    public String folder() {
        return folder;
    }

    int weight() {
        return weight;
    }

    /** The file name's stem: the kind, or the system for exports ({@code beacon-rms-000123.csv}). */
    String stem() {
        return switch (this) {
            case BEACON_RMS -> "beacon-rms";
            case HARBOUR_INTEL -> "harbour-intel";
            default -> label;
        };
    }
}
