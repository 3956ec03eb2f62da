package org.crossforce.extraction.tika;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.crossforce.extraction.ExtractionFailedException;

/**
 * The child processes, one file at a time each. Callers queue here rather than in PipesParser, so
 * that waiting for a free child does not count against a file's deadline.
 */
final class Children implements AutoCloseable {

    private final PipesParser parser;
    private final Semaphore idle;
    private final Duration deadline;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param deadline the longest one call may take, start of a child included: PipesClient retries
     *                 a child that cannot start for ever, and this is what ends it
     */
    Children(PipesConfig config, Duration deadline) {
        this.parser = new PipesParser(config);
        this.idle = new Semaphore(config.getNumClients(), true);
        this.deadline = deadline;
    }

    PipesResult parse(FetchEmitTuple tuple) throws ExtractionFailedException {
        try {
            idle.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionFailedException("Extraction was interrupted before the file was read.", e);
        }
        Future<PipesResult> call = calls.submit(() -> parser.parse(tuple));
        try {
            return call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ExtractionFailedException("Extraction did not finish within " + Reasons.duration(deadline)
                    + "; the reading process could not be started or did not answer.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionFailedException("Extraction was interrupted while the file was being read.", e);
        } catch (ExecutionException e) {
            throw new ExtractionFailedException("The process that reads files failed: "
                    + Reasons.firstLine(e.getCause()) + ".", e.getCause());
        } finally {
            // Interrupting PipesClient makes it kill its child, which the next call restarts.
            call.cancel(true);
            idle.release();
        }
    }

    @Override
    public void close() throws IOException {
        calls.shutdownNow();
        parser.close();
    }
}
