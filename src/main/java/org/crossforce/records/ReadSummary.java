package org.crossforce.records;

import java.util.List;

/**
 * What became of an export streamed record by record.
 *
 * @param sourceSystem the mapping it was read with
 * @param rows         data rows seen (the header not counted)
 * @param loaded       rows handed on as records
 * @param errorCount   rows that failed
 * @param errors       the first {@value #KEPT_ERRORS} of them, so a file of nothing but bad rows
 *                     cannot fill memory
 */
public record ReadSummary(String sourceSystem, long rows, long loaded, long errorCount, List<RowError> errors) {

    public static final int KEPT_ERRORS = 1000;

    public ReadSummary {
        errors = List.copyOf(errors);
    }
}
