package org.crossforce.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.annotation.PreDestroy;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Component;

/** The one place documents are written to Elasticsearch. */
@Component
public class DocumentIndexer {

    private final ElasticsearchClient client;
    private final java.util.Set<ForceCode> ready = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Bulk bulk;

    DocumentIndexer(ElasticsearchClient client) {
        this.client = client;
        this.bulk = new Bulk(client);
    }

    /**
     * Creates the force's index if it does not exist yet, and waits until it can take reads:
     * a read of an index whose shard is still starting is answered 503.
     */
    public void ensureIndex(ForceCode force) {
        if (ready.contains(force)) {
            return;
        }
        String index = ReportIndices.of(force);
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try {
                    client.indices().create(c -> c.index(index).waitForActiveShards(w -> w.count(1)));
                } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            client.cluster().health(h -> h.index(index).waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
                    .timeout(t -> t.time("30s")));
            awaitReads(index);
            ready.add(force);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not create the index of " + force + ": "
                    + e.getMessage(), e);
        }
    }

    /** A read of a shard that is still starting is answered 503 even when health says yellow. */
    private void awaitReads(String index) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                client.exists(e -> e.index(index).id("readiness-probe"));
                return;
            } catch (Exception starting) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Adds a document unless its id is taken; the future says which. */
    public CompletableFuture<IndexResult> create(ReportDocument document) {
        return bulk.add(op -> op.create(c -> c
                .index(ReportIndices.of(ForceCode.of(document.force())))
                .id(document.id())
                .document(document)));
    }

    /** Adds or replaces a record: a record delivered again is updated, never doubled. */
    public CompletableFuture<IndexResult> upsert(ReportDocument document) {
        return bulk.add(op -> op.index(c -> c
                .index(ReportIndices.of(ForceCode.of(document.force())))
                .id(document.id())
                .document(document)));
    }

    public CompletableFuture<IndexResult> delete(ForceCode force, String id) {
        return bulk.add(op -> op.delete(d -> d.index(ReportIndices.of(force)).id(id)));
    }

    /** The deliveries of those of the documents the index holds, by id. */
    public java.util.Map<String, List<ReportDocument.Delivery>> deliveries(ForceCode force, List<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        try {
            var found = client.mget(m -> m.index(ReportIndices.of(force)).ids(ids).sourceIncludes("deliveries"),
                    DeliveriesOnly.class);
            java.util.Map<String, List<ReportDocument.Delivery>> held = new java.util.HashMap<>();
            for (var doc : found.docs()) {
                if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                    var deliveries = doc.result().source().deliveries();
                    held.put(doc.result().id(), deliveries == null ? List.of() : deliveries);
                }
            }
            return held;
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return java.util.Map.of();
            }
            throw e;
        } catch (co.elastic.clients.transport.TransportException e) {
            if (e.statusCode() == 404) {
                return java.util.Map.of();
            }
            throw new UncheckedIOException("Elasticsearch could not be reached: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached: " + e.getMessage(), e);
        }
    }

    /** Ids of the records one source system delivered for a force and month. */
    public java.util.Set<String> recordIds(ForceCode force, String sourceSystem, String month) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
            while (true) {
                List<co.elastic.clients.elasticsearch._types.FieldValue> from = after;
                var page = client.search(s -> {
                    s.index(ReportIndices.of(force)).ignoreUnavailable(true).allowNoIndices(true).size(5000)
                            .source(src -> src.fetch(false))
                            .query(q -> q.bool(b -> b
                                    .filter(f -> f.term(t -> t.field("kind").value("record")))
                                    .filter(f -> f.term(t -> t.field("source_system").value(sourceSystem)))
                                    .filter(f -> f.term(t -> t.field("record.month").value(month)))))
                            .sort(o -> o.field(f -> f.field("id")));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Void.class);
                if (page.hits().hits().isEmpty()) {
                    return ids;
                }
                page.hits().hits().forEach(h -> ids.add(h.id()));
                after = page.hits().hits().getLast().sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    /**
     * Replaces what the entity extractors found in a document, leaving the rest of it as it is. The
     * lists are written out even when empty: a partial update merges objects, so an empty
     * {@code entities} would leave the old lists in place.
     */
    public CompletableFuture<IndexResult> updateEntities(ForceCode force, String id, ReportDocument.Entities found) {
        ReportDocument.Entities entities = found == null ? new ReportDocument.Entities(null, null, null, null) : found;
        java.util.Map<String, Object> partial = java.util.Map.of("entities", java.util.Map.of(
                "ids", entities.ids(), "forms", entities.forms(), "names", entities.names(),
                "mentions", entities.mentions()));
        return bulk.add(op -> op.update(u -> u.index(ReportIndices.of(force)).id(id)
                .action(a -> a.doc(partial))));
    }

    /**
     * Every document of every force, a page at a time, with only the fields named: a point in
     * time keeps the pages consistent while documents are written meanwhile.
     *
     * @return how many documents were read
     */
    public long scan(List<String> fields, int pageSize, java.util.function.Consumer<List<ReportDocument>> page) {
        return scan(null, fields, pageSize, page);
    }

    /** As {@link #scan(List, int, java.util.function.Consumer)}, only the documents the query matches. */
    public long scan(co.elastic.clients.elasticsearch._types.query_dsl.Query query, List<String> fields, int pageSize,
            java.util.function.Consumer<List<ReportDocument>> page) {
        try {
            if (countAll() == 0) {
                return 0;
            }
            String pit = client.openPointInTime(p -> p.index(ReportIndices.ALIAS).keepAlive(k -> k.time("5m"))
                    .ignoreUnavailable(true)).id();
            long read = 0;
            try {
                List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
                while (true) {
                    List<co.elastic.clients.elasticsearch._types.FieldValue> from = after;
                    var response = client.search(s -> {
                        s.pit(p -> p.id(pit).keepAlive(k -> k.time("5m"))).size(pageSize)
                                .source(src -> src.filter(f -> f.includes(fields)))
                                .query(query == null ? co.elastic.clients.elasticsearch._types.query_dsl.Query.of(
                                        q -> q.matchAll(m -> m)) : query)
                                .sort(o -> o.field(f -> f.field("_shard_doc")));
                        if (from != null) {
                            s.searchAfter(from);
                        }
                        return s;
                    }, ReportDocument.class);
                    var hits = response.hits().hits();
                    if (hits.isEmpty()) {
                        return read;
                    }
                    page.accept(hits.stream().map(co.elastic.clients.elasticsearch.core.search.Hit::source)
                            .filter(java.util.Objects::nonNull).toList());
                    read += hits.size();
                    after = hits.getLast().sort();
                }
            } finally {
                client.closePointInTime(c -> c.id(pit));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached: " + e.getMessage(), e);
        }
    }

    /** Sends what is waiting in the bulk ingester without waiting for the flush interval. */
    public void flush() {
        bulk.flush();
    }

    /**
     * The jobs that delivered a document, or empty when the index does not hold it. A job that
     * finds itself among them is looking at its own work from before a crash.
     */
    public java.util.Optional<java.util.Set<String>> deliveringJobs(ForceCode force, DocumentId id) {
        try {
            var found = client.get(g -> g.index(ReportIndices.of(force)).id(id.value()).sourceIncludes("deliveries"),
                    DeliveriesOnly.class);
            if (!found.found()) {
                return java.util.Optional.empty();
            }
            java.util.Set<String> jobs = new java.util.HashSet<>();
            if (found.source() != null && found.source().deliveries() != null) {
                found.source().deliveries().forEach(d -> jobs.add(d.job()));
            }
            return java.util.Optional.of(jobs);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if (e.status() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        } catch (co.elastic.clients.transport.TransportException e) {
            // The force's index does not exist yet: the client reads that 404 as a broken answer.
            if (e.statusCode() == 404) {
                return java.util.Optional.empty();
            }
            throw new UncheckedIOException("Elasticsearch could not be asked whether " + id + " exists: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be asked whether " + id + " exists: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Records one more delivery of a document already held. Elasticsearch has no scripting here
     * (the embedded server lacks painless), so the list is read and written back, guarded by the
     * document's sequence number against a concurrent delivery.
     */
    public void addDelivery(ForceCode force, DocumentId id, ReportDocument.Delivery delivery) {
        String index = ReportIndices.of(force);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                var current = client.get(g -> g.index(index).id(id.value()).sourceIncludes("deliveries"),
                        DeliveriesOnly.class);
                if (!current.found()) {
                    return;
                }
                List<ReportDocument.Delivery> all = new java.util.ArrayList<>(
                        current.source() == null || current.source().deliveries() == null ? List.of()
                                : current.source().deliveries());
                all.add(delivery);
                client.update(u -> u.index(index).id(id.value())
                        .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                        .doc(new DeliveriesOnly(all)), DeliveriesOnly.class);
                return;
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                if (e.status() != 409) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch could not record the delivery of " + id, e);
            }
        }
    }

    record DeliveriesOnly(List<ReportDocument.Delivery> deliveries) {
    }

    /** How many documents all forces hold together. */
    public long countAll() {
        try {
            return client.count(c -> c.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not count the documents", e);
        }
    }

    /** Makes what was written visible to search now rather than at the next refresh. */
    public void refresh(Collection<ForceCode> forces) {
        if (forces.isEmpty()) {
            return;
        }
        List<String> indices = forces.stream().map(ReportIndices::of).toList();
        try {
            client.indices().refresh(r -> r.index(indices).ignoreUnavailable(true).allowNoIndices(true));
        } catch (IOException e) {
            throw new UncheckedIOException("Refreshing " + indices + " failed", e);
        }
    }

    @PreDestroy
    void close() {
        bulk.close();
    }
}
