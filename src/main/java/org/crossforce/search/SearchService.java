package org.crossforce.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.crossforce.shared.ForceCode;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.DocumentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Search across forces and reading one document, always inside the caller's scope. */
@Service
public class SearchService {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    private static final List<String> FIELDS = List.of("title^3", "file_name^2", "author^2", "text");

    private final ElasticsearchClient client;
    private final AuditTrail audit;

    SearchService(ElasticsearchClient client, AuditTrail audit) {
        this.client = client;
        this.audit = audit;
    }

    /** Searches within the caller's scope; the search, its filters and the ids shown are audited. */
    public SearchResults search(Caller caller, SearchQuery query) {
        mayRead(caller, AuditAction.SEARCH, List.of());
        SearchResults results;
        try {
            results = unaudited(caller, query);
        } catch (IllegalArgumentException e) {
            audit.record(new AuditEvent(caller, AuditAction.SEARCH, AuditOutcome.FAILED, List.of(),
                    SearchAudit.details(query, null)));
            throw e;
        }
        audit.record(AuditEvent.ok(caller, AuditAction.SEARCH, results.hits().stream().map(SearchHit::id).toList(),
                SearchAudit.details(query, results.total())));
        return results;
    }

    private SearchResults unaudited(Caller caller, SearchQuery query) {
        try {
            return run(caller, query, userQuery(query.text(), true));
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            // The full syntax could not be parsed (an unbalanced quote or bracket): fall back to the
            // forgiving parser, which reads the same words without failing.
            log.info("Query '{}' fell back to the simple parser: {}", query.text(), e.getMessage());
            try {
                return run(caller, query, userQuery(query.text(), false));
            } catch (ElasticsearchException again) {
                log.warn("Query '{}' failed: {}", query.text(), again.getMessage());
                throw new IllegalArgumentException("The query could not be understood: " + query.text());
            }
        }
    }

    /** One document, when the caller may open it; the look is audited either way. */
    public Optional<DocumentDetails> document(Caller caller, DocumentId id) {
        mayRead(caller, AuditAction.VIEW_DOCUMENT, List.of(id.value()));
        Optional<DocumentDetails> found = find(caller, id);
        audited(caller, AuditAction.VIEW_DOCUMENT, id, found, Map.of());
        return found;
    }

    /** A document with the tree of the file it came in, as the document page shows them: one look. */
    public Optional<DocumentPage> page(Caller caller, DocumentId id) {
        mayRead(caller, AuditAction.VIEW_DOCUMENT, List.of(id.value()));
        Optional<DocumentDetails> found = find(caller, id);
        Optional<DocumentPage> page = found.map(doc -> new DocumentPage(doc, unauditedTree(caller, doc)));
        audited(caller, AuditAction.VIEW_DOCUMENT, id, found,
                page.map(p -> Map.<String, Object>of("shown", p.tree().stream().map(TreeNode::id).toList()))
                        .orElse(Map.of()));
        return page;
    }

    /** The tree of the file a document came in, when the caller may open the document. */
    public Optional<List<TreeNode>> tree(Caller caller, DocumentId id) {
        mayRead(caller, AuditAction.VIEW_DOCUMENT_TREE, List.of(id.value()));
        Optional<DocumentDetails> found = find(caller, id);
        Optional<List<TreeNode>> tree = found.map(doc -> unauditedTree(caller, doc));
        audited(caller, AuditAction.VIEW_DOCUMENT_TREE, id, found,
                tree.map(t -> Map.<String, Object>of("shown", t.stream().map(TreeNode::id).toList())).orElse(Map.of()));
        return tree;
    }

    /** The document whose original is about to be handed out, when the caller may have it. */
    public Optional<DocumentDetails> original(Caller caller, DocumentId id) {
        mayRead(caller, AuditAction.DOWNLOAD_ORIGINAL, List.of(id.value()));
        Optional<DocumentDetails> found = find(caller, id);
        audited(caller, AuditAction.DOWNLOAD_ORIGINAL, id, found,
                found.map(d -> Map.<String, Object>of("sha256", d.sha256() == null ? "" : d.sha256(),
                        "file_name", d.fileName() == null ? "" : d.fileName())).orElse(Map.of()));
        return found;
    }

    private void mayRead(Caller caller, AuditAction action, List<String> records) {
        Readers.require(audit, caller, action, records);
    }

    /**
     * A miss is told apart for the auditor only: a record that exists out of the caller's scope is
     * DENIED, one that does not exist NOT_FOUND. The caller gets the same answer for both.
     */
    private void audited(Caller caller, AuditAction action, DocumentId id, Optional<DocumentDetails> found,
            Map<String, Object> details) {
        AuditOutcome outcome = found.isPresent() ? AuditOutcome.OK
                : exists(id) ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND;
        audit.record(new AuditEvent(caller, action, outcome, List.of(id.value()), details));
    }

    private boolean exists(DocumentId id) {
        try {
            return client.count(c -> c.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .query(q -> q.ids(i -> i.values(id.value())))).count() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    private Optional<DocumentDetails> find(Caller caller, DocumentId id) {
        try {
            SearchResponse<ReportDocument> response = client.search(s -> s
                    .index(ReportIndices.ALIAS)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .size(1)
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.ids(i -> i.values(id.value())))
                            .filter(Scope.of(caller)))), ReportDocument.class);
            return response.hits().hits().stream().findFirst().map(Hit::source)
                    .map(doc -> DocumentDetails.of(doc, conditions(caller, doc)));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    /**
     * The whole tree of the file a document came in: the file first, then everything embedded,
     * in path order. Only the parts the caller may see.
     */
    private List<TreeNode> unauditedTree(Caller caller, DocumentDetails document) {
        String root = document.rootId() == null ? document.id() : document.rootId();
        try {
            SearchResponse<ReportDocument> response = client.search(s -> s
                    .index(ReportIndices.ALIAS)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .size(1000)
                    .source(src -> src.filter(f -> f.excludes("text", "metadata", "deliveries")))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.bool(o -> o
                                    .should(x -> x.term(t -> t.field("root_id").value(root)))
                                    .should(x -> x.ids(i -> i.values(root)))))
                            .filter(Scope.of(caller))))
                    .sort(o -> o.field(f -> f.field("depth").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("path").order(SortOrder.Asc))), ReportDocument.class);
            return response.hits().hits().stream().map(Hit::source)
                    .map(d -> new TreeNode(d.id(), d.parentId(), d.path() == null ? d.fileName() : d.path(),
                            d.depth() == null ? 0 : d.depth(), d.title(), d.fileName(), d.mediaType(), d.size(),
                            d.sha256() != null, d.failure()))
                    .sorted(java.util.Comparator.comparing(TreeNode::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    private SearchResults run(Caller caller, SearchQuery query, Query text) {
        return run(caller, query, text, true);
    }

    /** For {@link SearchLatency} only: the same request with or without the access filter, not audited. */
    SearchResults timed(Caller caller, SearchQuery query, boolean accessFilter) {
        return run(caller, query, userQuery(query.text(), true), accessFilter);
    }

    private SearchResults run(Caller caller, SearchQuery query, Query text, boolean accessFilter) {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(ReportIndices.ALIAS)
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .trackTotalHits(t -> t.enabled(true))
                    .from(Math.toIntExact((long) query.page() * query.size()))
                    .size(query.size())
                    .source(src -> src.filter(f -> f.excludes("text", "metadata", "deliveries")))
                    .query(q -> q.bool(b -> {
                        b.must(text);
                        if (accessFilter) {
                            b.filter(Scope.of(caller));
                        }
                        if (query.from() != null || query.to() != null) {
                            // Days as UK police staff count them, in UK time.
                            b.filter(f -> f.range(r -> r.date(d -> {
                                d.field("date").timeZone("Europe/London").format("yyyy-MM-dd");
                                if (query.from() != null) {
                                    d.gte(query.from().toString());
                                }
                                if (query.to() != null) {
                                    d.lte(query.to().toString());
                                }
                                return d;
                            })));
                        }
                        return b;
                    }))
                    // A filter after the aggregations: the facet still counts the other forces.
                    .postFilter(forceFilter(query))
                    .aggregations("force", a -> a.terms(t -> t.field("force").size(100)))
                    .highlight(h -> h
                            .encoder(HighlighterEncoder.Html)
                            .preTags("<em>")
                            .postTags("</em>")
                            .fields("text", f -> f.fragmentSize(180).numberOfFragments(3).noMatchSize(180)));
            if (query.sort() == SearchSort.DATE || query.text().isEmpty()) {
                // Undated documents last; the id keeps equal dates in one order from page to page.
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")));
                s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            }
            return s;
        });
        try {
            return results(caller, client.search(request, ReportDocument.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }

    private static Query userQuery(String text, boolean fullSyntax) {
        if (text.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (fullSyntax) {
            return Query.of(q -> q.queryString(qs -> qs
                    .query(UserQuery.escape(text))
                    .fields(FIELDS)
                    .defaultOperator(Operator.And)
                    .allowLeadingWildcard(false)
                    .lenient(true)));
        }
        return Query.of(q -> q.simpleQueryString(qs -> qs
                .query(text)
                .fields(FIELDS)
                .defaultOperator(Operator.And)
                .lenient(true)));
    }

    private static Query forceFilter(SearchQuery query) {
        if (query.forces().isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<FieldValue> forces = query.forces().stream().map(f -> FieldValue.of(f.value())).toList();
        return Query.of(q -> q.terms(t -> t.field("force").terms(v -> v.value(forces))));
    }

    /** The conditions a caller must respect for a C record they read under a sharing agreement. */
    private static String conditions(Caller caller, ReportDocument doc) {
        if (doc.force() == null || doc.marking() == null || doc.handling() == null) {
            return "";
        }
        return caller.conditionsFor(ForceCode.of(doc.force()), Marking.parse(doc.marking()),
                Handling.parse(doc.handling()));
    }

    private static SearchResults results(Caller caller, SearchResponse<ReportDocument> response) {
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<ReportDocument> hit : response.hits().hits()) {
            ReportDocument doc = hit.source();
            List<String> highlights = hit.highlight().getOrDefault("text", List.of()).stream()
                    .map(Highlights::safe).toList();
            String conditions = conditions(caller, doc);
            hits.add(new SearchHit(hit.id(), doc.force(), doc.title(), doc.date(), doc.marking(), doc.handling(),
                    highlights, "embedded".equals(doc.kind()) ? doc.path() : null,
                    conditions.isEmpty() ? null : conditions));
        }
        Map<String, Long> forces = new LinkedHashMap<>();
        var forceAggregation = response.aggregations().get("force");
        if (forceAggregation != null) {
            for (StringTermsBucket bucket : forceAggregation.sterms().buckets().array()) {
                forces.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResults(total, hits, new SearchResults.Facets(forces));
    }

}
