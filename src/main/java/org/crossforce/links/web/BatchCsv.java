package org.crossforce.links.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossforce.links.BatchRow;
import org.crossforce.links.ChartExport;
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
                    csv.printRecord(row.line(), ChartExport.cell(row.query()), "", "", "", 0, 0, "");
                }
                for (EntityHit hit : row.matches()) {
                    csv.printRecord(row.line(), ChartExport.cell(row.query()), ChartExport.cell(hit.id()), hit.type(),
                            ChartExport.cell(hit.label()), hit.records(),
                            hit.documents(), hit.forces().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                    .collect(Collectors.joining("; ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
