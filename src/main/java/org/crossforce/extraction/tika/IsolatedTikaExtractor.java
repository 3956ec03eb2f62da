package org.crossforce.extraction.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.Extraction;
import org.crossforce.extraction.ExtractionFailedException;
import org.crossforce.extraction.ExtractionProperties;

/**
 * Extraction with Apache Tika in child processes (Tika's PipesParser): a file that hangs, crashes or
 * exhausts memory costs its own extraction, never the application. Each file comes back with every
 * file embedded in it, their bytes included.
 */
final class IsolatedTikaExtractor implements DocumentExtractor, AutoCloseable {

    private final ExtractionProperties properties;
    private final boolean ocr;
    private final Workspace workspace;
    private final Children children;

    IsolatedTikaExtractor(ExtractionProperties properties) {
        this(properties, Tesseract.onPath(), ChildLaunch.detect());
    }

    IsolatedTikaExtractor(ExtractionProperties properties, boolean tesseractInstalled, ChildLaunch launch) {
        this.properties = properties;
        this.ocr = properties.ocr().enabled() && tesseractInstalled;
        this.workspace = new Workspace(properties.workDirectory());
        // Time to read the file, and to start a child twice over (PipesClient retries once it has
        // given up waiting for one): past it, something is wrong with the children themselves.
        Duration deadline = properties.timeout().plus(launch.startupTimeout().multipliedBy(2));
        this.children = new Children(ChildConfig.pipes(properties, ocr, workspace, launch), deadline);
    }

    @Override
    public Extraction extract(Path file, String fileName) throws ExtractionFailedException {
        return extract(file, fileName, ocr);
    }

    @Override
    public Extraction extractWithoutOcr(Path file, String fileName) throws ExtractionFailedException {
        return extract(file, fileName, false);
    }

    private Extraction extract(Path file, String fileName, boolean recognise) throws ExtractionFailedException {
        long size = size(file);
        if (size == 0) {
            throw new ExtractionFailedException("The file is empty (0 bytes).");
        }
        if (size > properties.maxFileSize().toBytes()) {
            throw new ExtractionFailedException("The file is too large to read (" + Reasons.size(size)
                    + "; the limit is " + Reasons.size(properties.maxFileSize().toBytes()) + ").");
        }
        try (Workspace.Job job = workspace.newJob(file, fileName)) {
            PipesResult result = children.parse(tuple(job, size, recognise));
            if (result.getStatus() != PipesResult.STATUS.PARSE_SUCCESS
                    && result.getStatus() != PipesResult.STATUS.PARSE_SUCCESS_WITH_EXCEPTION) {
                workspace.sweepChildTemp(properties.timeout().plusMinutes(1));
            }
            return Parts.extraction(Results.metadata(result, properties), fileName, workspace, job, properties, size);
        } catch (IOException e) {
            throw new ExtractionFailedException("The file could not be prepared for reading: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean ocrAvailable() {
        return ocr;
    }

    private FetchEmitTuple tuple(Workspace.Job job, long size, boolean recognise) {
        ParseContext context = new ParseContext();
        if (ocr && !recognise) {
            // The children's parsers include Tesseract: skipping it here leaves images to the
            // parsers of their format, which read the metadata alone.
            TesseractOCRConfig skip = new TesseractOCRConfig();
            skip.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, skip);
        }
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.BODY,
                HandlerConfig.PARSE_MODE.RMETA, properties.maxCharacters(), -1, true));
        context.set(UnpackSettings.class, Limits.unpack(properties, job, size));
        String id = UUID.randomUUID().toString();
        return new FetchEmitTuple(id, new FetchKey(ChildConfig.FETCHER, job.input().toString()),
                new EmitKey("", id), new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    }

    private static long size(Path file) throws ExtractionFailedException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionFailedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    /** Stops the child processes and removes the work directory. */
    @Override
    public void close() {
        try {
            children.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workspace.close();
        }
    }
}
