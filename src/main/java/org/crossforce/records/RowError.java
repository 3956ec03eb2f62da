package org.crossforce.records;

/**
 * A row that could not be read, and why, in words a user can act on.
 *
 * @param line   the line of the file on which the row starts (the header is line 1)
 * @param reason what is wrong with it
 */
public record RowError(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
