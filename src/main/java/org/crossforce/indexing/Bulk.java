package org.crossforce.indexing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.ObjectBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one bulk ingester, entered by one thread at a time. The ingester wakes a single waiting
 * thread when a request completes; with several threads adding and flushing at once (ingest
 * workers, the idle flush, the interval flush), a wake-up can be spent on a thread that goes
 * back to waiting, and the rest then wait for ever with nothing in flight (elasticsearch-java
 * issues 532 and 651). With one caller at a time there is never more than one waiter.
 */
final class Bulk implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bulk.class);

    private final BulkIngester<CompletableFuture<IndexResult>> ingester;
    private final ReentrantLock entry = new ReentrantLock();
    private final ScheduledExecutorService interval = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bulk-interval-flush").daemon().factory());

    Bulk(ElasticsearchClient client) {
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(500)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(1)
                .listener(new OutcomeListener()));
        interval.scheduleWithFixedDelay(this::flushQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Queues one operation; the future completes with Elasticsearch's answer for it. */
    CompletableFuture<IndexResult> add(Function<BulkOperation.Builder, ObjectBuilder<BulkOperation>> operation) {
        CompletableFuture<IndexResult> outcome = new CompletableFuture<>();
        BulkOperation built = operation.apply(new BulkOperation.Builder()).build();
        entry.lock();
        try {
            ingester.add(built, outcome);
        } finally {
            entry.unlock();
        }
        return outcome;
    }

    /** Sends what waits now rather than at the next interval. */
    void flush() {
        entry.lock();
        try {
            ingester.flush();
        } finally {
            entry.unlock();
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("The interval flush of the bulk ingester failed", e);
        }
    }

    @Override
    public void close() {
        interval.shutdownNow();
        entry.lock();
        try {
            ingester.close();
        } finally {
            entry.unlock();
        }
    }

    /** Completes each operation's future from its item of the bulk answer. */
    private static final class OutcomeListener implements BulkListener<CompletableFuture<IndexResult>> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<CompletableFuture<IndexResult>> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<CompletableFuture<IndexResult>> contexts,
                BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                contexts.get(i).complete(resultOf(items.get(i)));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<CompletableFuture<IndexResult>> contexts,
                Throwable failure) {
            log.warn("A bulk request of {} documents failed: {}", contexts.size(), failure.toString());
            String reason = "Elasticsearch is unavailable (" + failure.getMessage() + ")";
            contexts.forEach(c -> c.complete(new IndexResult.Unavailable(reason)));
        }

        private static IndexResult resultOf(BulkResponseItem item) {
            if (item.error() == null) {
                return "updated".equals(item.result()) ? new IndexResult.Updated() : new IndexResult.Created();
            }
            if (item.status() == 409) {
                return new IndexResult.AlreadyPresent();
            }
            if (item.status() == 429 || item.status() >= 500) {
                return new IndexResult.Unavailable("Elasticsearch is overloaded or unavailable: " + item.error().reason());
            }
            log.warn("Elasticsearch refused document {} in {}: {} ({})", item.id(), item.index(),
                    item.error().reason(), item.error().type());
            return new IndexResult.Failed("Elasticsearch refused the document: " + item.error().reason());
        }
    }
}
