package org.crossforce.ingestion;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.IngestJournal;
import org.crossforce.ingestion.journal.JobRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Workers that take pending files from the journal and process them. A file stays pending until
 * it has an outcome; while Elasticsearch is unavailable the workers back off and try again, so
 * nothing accepted is ever lost or answered as failed for that reason.
 */
@Component
class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    private static final int IN_FLIGHT = 512;
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private final IngestJournal journal;
    private final FileProcessor processor;
    private final IngestProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    /** Files handed to the bulk indexer and not yet answered: bounds memory while bulks fill. */
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ingest-retry").daemon().factory());
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();
    private final Object progress = new Object();
    private volatile boolean running = true;
    private volatile boolean waitingForElasticsearch;
    private volatile long waitingSinceNanos;
    private volatile String lastUnavailableReason;

    IngestPipeline(IngestJournal journal, FileProcessor processor, IngestProperties properties) {
        this.journal = journal;
        this.processor = processor;
        this.properties = properties;
        List<String> resumed = journal.pendingKeys();
        if (!resumed.isEmpty()) {
            log.info("Resuming {} file(s) accepted before the last stop", resumed.size());
        }
        resumed.forEach(this::enqueue);
        for (int i = 0; i < properties.workerCount(); i++) {
            Thread worker = Thread.ofPlatform().name("ingest-" + i).daemon().start(this::work);
            workers.add(worker);
        }
    }

    void enqueue(String entryKey) {
        if (queued.add(entryKey)) {
            queue.add(entryKey);
        }
    }

    boolean waitingForElasticsearch() {
        return waitingForElasticsearch;
    }

    String unavailableReason() {
        return lastUnavailableReason;
    }

    /** Blocks until every file of the job has its outcome, the timeout passes, or Elasticsearch is away. */
    void awaitJob(String jobId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (journal.entries(jobId).stream().anyMatch(EntryRecord::pending)) {
                long left = deadline - System.nanoTime();
                // A blip (a shard starting, one 429) is not worth answering QUEUED for; an outage is.
                boolean outage = waitingForElasticsearch
                        && System.nanoTime() - waitingSinceNanos > OUTAGE.toNanos();
                if (left <= 0 || outage) {
                    return;
                }
                progress.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 250)));
            }
        }
    }

    private void work() {
        while (running) {
            String key;
            try {
                key = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (key == null) {
                // Nothing else to add: send what waits rather than wait for the bulk to fill.
                processor.flush();
                continue;
            }
            queued.remove(key);
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                return;
            }
            try {
                processOne(key);
            } catch (RuntimeException e) {
                inFlight.release();
                log.error("Processing {} failed unexpectedly", key, e);
                journal.entry(key).ifPresent(entry -> finish(entry, new FileProcessor.Result(IngestStatus.FAILED,
                        null, "Crossforce could not process the file: " + e.getMessage(), false, 0)));
            }
        }
    }

    private void processOne(String key) {
        EntryRecord entry = journal.entry(key).filter(EntryRecord::pending).orElse(null);
        if (entry == null) {
            inFlight.release();
            return;
        }
        JobRecord job = journal.job(entry.jobId()).orElseThrow();
        processor.process(job, entry).whenComplete((result, error) -> {
            inFlight.release();
            Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
            if (cause instanceof ElasticsearchUnavailableException unavailable) {
                backOff(key, unavailable.getMessage());
            } else if (cause != null) {
                log.error("Processing {} failed unexpectedly", key, cause);
                finish(entry, new FileProcessor.Result(IngestStatus.FAILED, null,
                        "Crossforce could not process the file: " + cause.getMessage(), false, 0));
            } else {
                if (waitingForElasticsearch) {
                    log.info("Elasticsearch is available again; ingestion goes on");
                }
                waitingForElasticsearch = false;
                finish(entry, result);
            }
        });
    }

    private void finish(EntryRecord entry, FileProcessor.Result result) {
        journal.update(entry.finished(result.status().name(), result.reason(),
                result.id() == null ? null : result.id().value(), result.truncated(), result.parts(), clock.instant()));
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void backOff(String key, String reason) {
        if (!waitingForElasticsearch) {
            log.warn("Elasticsearch is unavailable ({}); files wait and are tried again", reason);
            waitingSinceNanos = System.nanoTime();
        }
        waitingForElasticsearch = true;
        lastUnavailableReason = reason;
        synchronized (progress) {
            progress.notifyAll();
        }
        // The pause grows with the length of the outage, not with the number of files that met it:
        // a hundred files failing in one second of a blip must not wait half a minute each.
        long outageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waitingSinceNanos);
        long pause = Math.clamp(outageMillis, 250L, properties.maxBackoff().toMillis());
        retries.schedule(() -> enqueue(key), pause, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets each worker finish the file in hand rather than interrupting it: an interrupt during a
     * journal write would close the journal's file under it.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        retries.shutdownNow();
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        processor.flush();
        if (inFlight.tryAcquire(IN_FLIGHT, 30, TimeUnit.SECONDS)) {
            inFlight.release(IN_FLIGHT);
        }
    }
}
