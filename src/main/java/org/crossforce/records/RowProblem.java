package org.crossforce.records;

/** Why one row cannot become a record; becomes a {@link RowError} with the row's line. */
final class RowProblem extends Exception {

    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
