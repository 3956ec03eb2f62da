package org.crossforce.extraction.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.tika.exception.CorruptedFileException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs in the child process, once per file. Copies every embedded file once into the job's
 * directory and parses it from there, so that the parent can hand the original bytes over without a
 * second copy, and applies the limits before a single byte is parsed: depth, count, size of one
 * embedded file and size of everything unpacked together (the zip bomb guard: the copy stops at the
 * limit, so a petabyte of zeros costs no more than the limit).
 */
final class UnpackingExtractor extends ParsingEmbeddedDocumentExtractor {

    private final UnpackSettings settings;
    private final Metadata container;
    private final Path directory;
    private int depth;
    private int count;
    private long expanded;

    UnpackingExtractor(ParseContext context, UnpackSettings settings, Metadata container) {
        super(context);
        this.settings = settings;
        this.container = container;
        this.directory = Path.of(settings.directory());
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return !stopped() && super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (stopped()) {
            return;
        }
        if (count >= settings.maxCount()) {
            container.set(Marks.LIMIT, Marks.TOO_MANY);
            return;
        }
        count++;
        depth++;
        try {
            if (depth > settings.maxDepth()) {
                metadata.set(Marks.UNOPENED, Marks.TOO_DEEP);
            }
            TikaInputStream given = TikaInputStream.cast(stream);
            if (given != null && given.getOpenContainer() != null) {
                // An object inside an Office file, handed over already opened: Tika reads it in
                // place, and there are no separate bytes to keep.
                markUnread(metadata);
                super.parseEmbedded(stream, handler, metadata, outputHtml);
                return;
            }
            unpackAndRead(stream, handler, metadata);
        } finally {
            depth--;
        }
    }

    private void unpackAndRead(InputStream stream, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException {
        Path copy = directory.resolve(Integer.toString(count));
        long room = Math.min(settings.maxFileSize(), settings.maxExpanded() - expanded);
        long size = copy(stream, copy, room);
        if (size < 0) {
            Files.deleteIfExists(copy);
            if (room < settings.maxFileSize()) {
                container.set(Marks.LIMIT, Marks.EXPANDED);
                return;
            }
            expanded += room;
            metadata.set(Marks.UNOPENED, Marks.TOO_LARGE);
            try (TikaInputStream placeholder = TikaInputStream.get(new byte[] {0})) {
                read(placeholder, handler, metadata);
            }
            return;
        }
        expanded += size;
        metadata.set(Marks.BYTES, copy.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(copy)) {
            read(in, handler, metadata);
        }
    }

    /** Parses through the recursive parser, which records the embedded file as its own part. */
    private void read(TikaInputStream in, ContentHandler handler, Metadata metadata) throws IOException, SAXException {
        markUnread(metadata);
        try {
            getDelegatingParser().parse(in, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata,
                    context);
        } catch (CorruptedFileException e) {
            // Tika's own rule: stop the container, or a corrupt database loops for ever.
            throw new IOException(e);
        } catch (TikaException e) {
            ParseRecord record = context.get(ParseRecord.class);
            if (record != null) {
                record.addException(e);
            }
        }
    }

    /** A file that is not to be opened still gets its own part; no parser claims this type. */
    private static void markUnread(Metadata metadata) {
        if (metadata.get(Marks.UNOPENED) != null) {
            metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, Marks.UNREAD_TYPE);
        }
    }

    private boolean stopped() {
        return container.get(Marks.LIMIT) != null;
    }

    /** @return the bytes copied, or -1 when there were more than {@code room} */
    private static long copy(InputStream in, Path target, long room) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > room) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
