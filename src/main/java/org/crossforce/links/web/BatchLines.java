package org.crossforce.links.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The queries of a pasted or uploaded list: one a line, or the first column of a CSV. */
final class BatchLines {

    private BatchLines() {
    }

    static List<String> of(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(body))) {
                lines.add(row.size() == 0 ? "" : row.get(0).strip());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            // Not CSV after all (an unbalanced quote): one query a line, as written.
            return body.lines().map(String::strip).toList();
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
