package org.crossforce.records;

/** How an export is written down. */
public enum ExportFormat {
    /** Delimited text with one header row. */
    CSV,
    /** A JSON array of objects, or one object a line (newline-delimited JSON). */
    JSON,
    /** An XML document in which one element is one record. */
    XML
}
