package org.crossforce.records;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a delimited file with one header row. commons-csv takes CR, LF and CRLF line ends,
 * even mixed in one file (police exports do mix them), and quoted values across lines.
 */
final class CsvRowSource implements RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long linesRead;
    private boolean failed;

    CsvRowSource(Path file, Mapping mapping) throws IOException {
        Reader reader = RowSource.textReader(Files.newInputStream(file), mapping.charset());
        try {
            // Empty lines are kept and skipped here, so that line numbers stay exact.
            this.parser = format(mapping.delimiter()).parse(reader);
            this.records = parser.iterator();
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        checkColumns(mapping);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    /** The header's column names, as written. */
    List<String> header() {
        return header;
    }

    private List<String> readHeader() {
        while (records.hasNext()) {
            CSVRecord first = records.next();
            linesRead = parser.getCurrentLineNumber();
            if (!isEmpty(first)) {
                List<String> names = new ArrayList<>();
                for (String name : first) {
                    names.add(unique(name.strip(), names));
                }
                return List.copyOf(names);
            }
        }
        throw new UnreadableExportException("The file is empty: it has no header row.");
    }

    /** A repeated column name would hide the first column's values, so the second becomes "Name (2)". */
    private static String unique(String name, List<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private void checkColumns(Mapping mapping) throws IOException {
        Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        present.addAll(header);
        List<String> missing = mapping.expectedColumns().stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            close();
            throw new UnreadableExportException("This file is not a " + mapping.name() + " export: its header lacks "
                    + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList()) + ".");
        }
    }

    @Override
    public Item next() {
        if (failed) {
            return null;
        }
        try {
            while (records.hasNext()) {
                long start = linesRead + 1;
                CSVRecord record = records.next();
                linesRead = parser.getCurrentLineNumber();
                if (!isEmpty(record)) {
                    return toItem(record, start);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            // commons-csv gives up on an unclosed quote: nothing after it can be split reliably.
            failed = true;
            return new Broken(linesRead + 1, "The row cannot be read (" + e.getCause().getMessage()
                    + "); a quote is probably not closed, so this row and those after it were not loaded.");
        }
    }

    private Item toItem(CSVRecord record, long line) {
        if (record.size() < header.size()) {
            return new Broken(line, "The row has " + record.size() + " values where the header has "
                    + header.size() + " columns.");
        }
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return new Broken(line, "The row has " + record.size() + " values where the header has "
                        + header.size() + " columns.");
            }
        }
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return new SourceRow(line, values);
    }

    private static boolean isEmpty(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The header of a file, for detection; empty when the file has none or is not text. */
    static List<String> headerOf(Reader reader, char delimiter) {
        try (CSVParser parser = format(delimiter).parse(reader)) {
            for (CSVRecord record : parser) {
                if (!isEmpty(record)) {
                    return record.toList().stream().map(String::strip).toList();
                }
            }
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    static String normalise(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }
}
