package org.crossforce.records;

/**
 * A file that cannot be read with the mapping at all (as opposed to a bad row, which is a
 * {@link RowError}): not JSON, missing the mapping's columns, and the like.
 */
public class UnreadableExportException extends RuntimeException {

    public UnreadableExportException(String message) {
        super(message);
    }

    public UnreadableExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
