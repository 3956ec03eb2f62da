package org.crossforce.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rows of one export file, one at a time, so that a 100,000-row file is never held whole.
 * A row that cannot even be split into fields comes back as a {@link Broken} item.
 */
interface RowSource extends AutoCloseable {

    /** A row, or a row that could not be read. */
    sealed interface Item permits SourceRow, Broken {
        long line();
    }

    record Broken(long line, String reason) implements Item {
    }

    /** The next item, or null at the end of the file. */
    Item next() throws IOException;

    @Override
    void close() throws IOException;

    static RowSource open(Path file, Mapping mapping) throws IOException {
        return switch (mapping.format()) {
            case CSV -> new CsvRowSource(file, mapping);
            case JSON -> new JsonRowSource(file);
            case XML -> new XmlRowSource(file, mapping.recordElement());
        };
    }

    /** A reader that drops a leading UTF-8 byte order mark, which Excel and many exporters write. */
    static Reader textReader(InputStream in, Charset charset) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, charset), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    static Reader textReader(Path file) throws IOException {
        return textReader(Files.newInputStream(file), StandardCharsets.UTF_8);
    }
}
