package org.crossforce.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The start of a file, looked at to recognise which system wrote it: the header row of a CSV,
 * the first record of JSON or XML. Only the first {@value #SNIFF_CHARACTERS} characters of text
 * are read for a CSV header, so a large or binary file costs nothing.
 */
final class Sample {

    private static final int SNIFF_CHARACTERS = 64 * 1024;
    private static final int BINARY_SNIFF_BYTES = 8 * 1024;

    private final Path file;
    private final ExportFormat kind;
    private final Map<String, String> text = new HashMap<>();
    private Map<String, String> jsonRecord;
    private final Map<String, Map<String, String>> xmlRecords = new HashMap<>();
    private String xmlRoot;

    private Sample(Path file, ExportFormat kind) {
        this.file = file;
        this.kind = kind;
    }

    static Sample of(Path file) throws IOException {
        if (binary(file)) {
            return new Sample(file, null);
        }
        try (BufferedReader reader = new BufferedReader(RowSource.textReader(file))) {
            int first = JsonRowSource.firstNonBlank(reader);
            ExportFormat kind = first == '[' || first == '{' ? ExportFormat.JSON
                    : first == '<' ? ExportFormat.XML : ExportFormat.CSV;
            return new Sample(file, kind);
        }
    }

    /**
     * Photos, PDFs, office documents and archives are never exports, and most files delivered are
     * such: a NUL byte or a PDF signature near the start says so without decoding them as text.
     */
    private static boolean binary(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(BINARY_SNIFF_BYTES);
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F'
                && head[4] == '-';
    }

    /** The kind of export the file would be, or null when it is not text at all. */
    ExportFormat kind() {
        return kind;
    }

    /** The header columns, normalised, as a CSV with this delimiter and encoding reads them. */
    Set<String> csvHeader(char delimiter, Charset charset) throws IOException {
        Set<String> header = new TreeSet<>();
        CsvRowSource.headerOf(new StringReader(start(charset)), delimiter)
                .forEach(column -> header.add(CsvRowSource.normalise(column)));
        return header;
    }

    private String start(Charset charset) throws IOException {
        String known = text.get(charset.name());
        if (known != null) {
            return known;
        }
        try (Reader reader = RowSource.textReader(Files.newInputStream(file), charset)) {
            char[] buffer = new char[SNIFF_CHARACTERS];
            int length = 0;
            for (int n; length < buffer.length && (n = reader.read(buffer, length, buffer.length - length)) > 0; ) {
                length += n;
            }
            String start = new String(buffer, 0, length);
            text.put(charset.name(), start);
            return start;
        }
    }

    /** The first JSON record's fields, flattened; empty when there is none. */
    Map<String, String> jsonRecord() throws IOException {
        if (jsonRecord == null) {
            jsonRecord = Map.of();
            try (JsonRowSource rows = new JsonRowSource(file)) {
                // A broken first line of newline-delimited JSON should not hide what the file is.
                RowSource.Item item = rows.next();
                for (int tries = 1; item instanceof RowSource.Broken && tries < 10; tries++) {
                    item = rows.next();
                }
                if (item instanceof SourceRow row) {
                    jsonRecord = row.values();
                }
            } catch (UnreadableExportException e) {
                // not records: nothing to recognise
            }
        }
        return jsonRecord;
    }

    /** The first record element's fields, flattened; empty when the document has none. */
    Map<String, String> xmlRecord(String element) throws IOException {
        Map<String, String> known = xmlRecords.get(element);
        if (known != null) {
            return known;
        }
        Map<String, String> found = Map.of();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XmlRowSource.factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (xmlRoot == null) {
                        xmlRoot = xml.getLocalName();
                    }
                    if (xml.getLocalName().equals(element)) {
                        found = XmlRowSource.flatten(XmlRowSource.readElement(xml));
                        break;
                    }
                }
            }
        } catch (XMLStreamException e) {
            // not XML, or broken before the first record: nothing to recognise
        }
        xmlRecords.put(element, found);
        return found;
    }

    /** The root element's name, once {@link #xmlRecord} has looked. */
    String xmlRoot() {
        return xmlRoot;
    }

    /** Whether a flattened record has this field, or fields under it ({@code grading} for {@code grading.source}). */
    static boolean hasKey(Map<String, String> record, String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        for (String name : record.keySet()) {
            String have = name.toLowerCase(Locale.ROOT);
            if (have.equals(wanted) || have.startsWith(wanted + ".") || have.startsWith(wanted + "[")
                    || have.replace("[0]", "").equals(wanted.replace("[0]", ""))) {
                return true;
            }
        }
        return false;
    }

    static List<String> normalised(List<String> columns) {
        return columns.stream().map(CsvRowSource::normalise).toList();
    }
}
