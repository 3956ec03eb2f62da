package org.crossforce.links.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossforce.links.BatchRow;
import org.crossforce.links.EntityHit;

/** A batch search as a spreadsheet: one row per line and match, with counts per force. */
final class BatchCsv {

    private BatchCsv() {
    }

    static String of(List<BatchRow> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("line", "query", "entity", "type", "value", "records", "documents", "forces").get())) {
            for (BatchRow row : rows) {
                if (row.matches().isEmpty()) {
                    csv.printRecord(row.line(), cell(row.query()), "", "", "", 0, 0, "");
                }
                for (EntityHit hit : row.matches()) {
                    csv.printRecord(row.line(), cell(row.query()), cell(hit.id()), hit.type(), cell(hit.label()), hit.records(),
                            hit.documents(), hit.forces().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining("; ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A spreadsheet runs a cell that begins like a formula: {@code +447700900123} or a pasted
     * {@code =HYPERLINK(...)}. Such cells are written with a leading apostrophe, which shows them as text.
     */
    static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
