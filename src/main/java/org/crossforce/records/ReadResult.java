package org.crossforce.records;

import java.util.List;

/**
 * A whole export read into memory.
 *
 * @param sourceSystem the mapping it was read with
 * @param rows         data rows seen (the header not counted); {@code records + errors}
 * @param records      the rows that loaded, in file order
 * @param errors       the rows that did not, in file order
 */
public record ReadResult(String sourceSystem, long rows, List<StructuredRecord> records, List<RowError> errors) {

    public ReadResult {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
    }
}
