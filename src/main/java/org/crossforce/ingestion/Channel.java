package org.crossforce.ingestion;

/** How files reached Crossforce. */
public enum Channel {
    UPLOAD,
    FOLDER,
    COMMAND,
    DEMO,
    /** A public report an intake officer accepted. */
    PORTAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
