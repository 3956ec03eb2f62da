package org.crossforce.ingestion;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.crossforce.shared.ForceCode;
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
    /** Files a worker takes at once: one question to Elasticsearch covers them all. */
    private static final int BATCH = 16;
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
            int files = journal.job(jobId).map(JobRecord::files).orElse(0);
            while (journal.tally(jobId).done() < files) {
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
        List<String> batch = new ArrayList<>();
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
            batch.clear();
            batch.add(key);
            queue.drainTo(batch, BATCH - 1);
            batch.forEach(queued::remove);
            try {
                processBatch(batch);
            } catch (InterruptedException e) {
                // Stopping: what was not finished is still pending in the journal for the next start.
                return;
            } catch (RuntimeException e) {
                // The files stay pending and come round again; the worker goes on.
                log.error("A batch of {} file(s) could not be processed; it is tried again", batch.size(), e);
                List<String> again = List.copyOf(batch);
                retries.schedule(() -> again.forEach(this::enqueue), 5, TimeUnit.SECONDS);
            }
        }
    }

    /** One question to Elasticsearch for the batch's files already held, then each file in turn. */
    private void processBatch(List<String> keys) throws InterruptedException {
        Map<ForceCode, List<Pending>> byForce = new LinkedHashMap<>();
        for (String key : keys) {
            EntryRecord entry = journal.entry(key).filter(EntryRecord::pending).orElse(null);
            JobRecord job = entry == null ? null : journal.job(entry.jobId()).orElse(null);
            if (job != null) {
                byForce.computeIfAbsent(ForceCode.of(job.force()), f -> new ArrayList<>()).add(new Pending(key, job, entry));
            } else if (entry != null) {
                finish(entry, new FileProcessor.Result(IngestStatus.FAILED, null,
                        "Crossforce could not process the file: its job is missing from the ingest journal.", false, 0));
            }
        }
        for (Map.Entry<ForceCode, List<Pending>> force : byForce.entrySet()) {
            FileProcessor.Held held;
            try {
                held = processor.held(force.getKey(), force.getValue().stream().map(Pending::entry).toList());
            } catch (ElasticsearchUnavailableException e) {
                force.getValue().forEach(p -> backOff(p.key(), e.getMessage()));
                continue;
            }
            for (Pending file : force.getValue()) {
                inFlight.acquire();
                try {
                    processOne(file, held);
                } catch (RuntimeException e) {
                    inFlight.release();
                    log.error("Processing {} failed unexpectedly", file.key(), e);
                    finish(file.entry(), new FileProcessor.Result(IngestStatus.FAILED, null,
                            "Crossforce could not process the file: " + e.getMessage(), false, 0));
                }
            }
        }
    }

    private record Pending(String key, JobRecord job, EntryRecord entry) {
    }

    private void processOne(Pending file, FileProcessor.Held held) {
        String key = file.key();
        EntryRecord entry = file.entry();
        processor.process(file.job(), entry, held).whenComplete((result, error) -> {
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
