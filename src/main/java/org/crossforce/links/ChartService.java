package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.search.Readers;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Building a link chart a hop at a time, finding a path onto it, and keeping it under a name.
 * Every hop is a door to police data like any other: checked, scoped and audited.
 */
@Service
public class ChartService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_NODES = 2000;

    private final EntityService entities;
    private final org.crossforce.identity.IdentityService identities;
    private final ElasticsearchClient client;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ChartService(EntityService entities, org.crossforce.identity.IdentityService identities, ElasticsearchClient client,
            JdbcClient jdbc, AuditTrail audit) {
        this.entities = entities;
        this.identities = identities;
        this.client = client;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A chart of one entity ({@code vrm:AB12CDE}) or one document ({@code document:<id>}); empty when out of reach. */
    public Optional<Chart> start(Caller caller, String id) {
        if (id.startsWith(Chart.IDENTITY + ":")) {
            return expand(caller, Chart.EMPTY, id, LinkFilter.NONE, Links.FANOUT);
        }
        if (id.startsWith(Chart.DOCUMENT + ":")) {
            return expand(caller, Chart.EMPTY, id, LinkFilter.NONE, Links.FANOUT)
                    .filter(c -> !c.nodes().isEmpty());
        }
        return entities.profile(caller, id).map(p -> new Chart(List.of(new Chart.Node(p.entity().id(),
                p.entity().type(), p.entity().label(), null, null)), List.of()));
    }

    /**
     * The chart with the links of one of its nodes added: a document's entities, or an entity's
     * neighbours within the filter. Unchanged when the node is out of the caller's reach.
     */
    public Optional<Chart> expand(Caller caller, Chart chart, String nodeId, LinkFilter filter, int limit) {
        List<Chart.Node> nodes = new ArrayList<>(chart.nodes());
        List<Chart.Edge> edges = new ArrayList<>(chart.edges());
        if (nodeId.startsWith(Chart.IDENTITY + ":")) {
            var profile = identities.profile(caller, nodeId.substring(Chart.IDENTITY.length() + 1));
            if (profile.isEmpty()) {
                return Optional.empty();
            }
            if (nodes.stream().noneMatch(n -> n.id().equals(nodeId))) {
                nodes.add(new Chart.Node(nodeId, "person", profile.get().name() + " (one person, "
                        + profile.get().records().size() + " records)", null, null));
            }
            for (var record : profile.get().records()) {
                String person = "person:" + record.key();
                if (nodes.stream().noneMatch(n -> n.id().equals(person))) {
                    nodes.add(new Chart.Node(person, "person", record.name(), null, null));
                }
                edges.add(new Chart.Edge(nodeId, person, 1));
            }
        } else if (nodeId.startsWith(Chart.DOCUMENT + ":")) {
            String documentId = nodeId.substring(Chart.DOCUMENT.length() + 1);
            if (!DocumentId.isWellFormed(documentId)) {
                return Optional.empty();
            }
            Optional<List<ReportDocument.EntityMention>> mentions = entities.documentEntities(caller,
                    new DocumentId(documentId));
            if (mentions.isEmpty()) {
                return Optional.empty();
            }
            if (nodes.stream().noneMatch(n -> n.id().equals(nodeId))) {
                nodes.add(new Chart.Node(nodeId, Chart.DOCUMENT, titleOf(caller, documentId), null, null));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, ReportDocument.EntityMention> first = new LinkedHashMap<>();
            for (ReportDocument.EntityMention m : mentions.get()) {
                if (filter.types().isEmpty() || filter.types().contains(m.type())) {
                    counts.merge(m.id(), 1L, Long::sum);
                    first.putIfAbsent(m.id(), m);
                }
            }
            first.forEach((id, m) -> {
                nodes.add(new Chart.Node(id, m.type(), "person".equals(m.type()) ? m.text() : m.value(), null, null));
                edges.add(new Chart.Edge(nodeId, id, counts.get(id)));
            });
        } else {
            Optional<List<Neighbour>> neighbours = entities.neighbours(caller, nodeId, filter, limit);
            if (neighbours.isEmpty()) {
                return Optional.empty();
            }
            for (Neighbour n : neighbours.get()) {
                nodes.add(new Chart.Node(n.id(), n.type(), n.label(), null, null));
                edges.add(new Chart.Edge(nodeId, n.id(), n.shared()));
            }
        }
        if (nodes.size() > MAX_NODES) {
            throw new IllegalArgumentException("A chart holds at most " + MAX_NODES + " nodes: filter the expansion "
                    + "by type, force, dates or strength");
        }
        return Optional.of(new Chart(nodes, edges));
    }

    /**
     * The chart with its people joined where records' persons are one identity: a node for each such
     * identity, linked to each of its person nodes on the chart.
     */
    public Chart joinIdentities(Caller caller, Chart chart) {
        List<String> persons = chart.nodes().stream().map(Chart.Node::id).filter(id -> id.startsWith("person:"))
                .map(id -> id.substring("person:".length())).toList();
        if (persons.isEmpty()) {
            return chart;
        }
        List<Chart.Node> nodes = new ArrayList<>(chart.nodes());
        List<Chart.Edge> edges = new ArrayList<>(chart.edges());
        identities.sharedIdentities(caller, persons).forEach((identity, keys) -> {
            String hub = Chart.IDENTITY + ":" + identity;
            if (nodes.stream().noneMatch(n -> n.id().equals(hub))) {
                String label = chart.nodes().stream().filter(n -> n.id().equals("person:" + keys.getFirst()))
                        .map(Chart.Node::label).findFirst().orElse(identity);
                nodes.add(new Chart.Node(hub, "person", label + " (one person)", null, null));
            }
            for (String key : keys) {
                String person = "person:" + key;
                if (edges.stream().noneMatch(e -> e.source().equals(hub) && e.target().equals(person))) {
                    edges.add(new Chart.Edge(hub, person, 1));
                }
            }
        });
        return new Chart(nodes, edges);
    }

    /** The chart with the shortest path between two entities added to it, and the path itself. */
    public PathOnChart path(Caller caller, Chart chart, String from, String to, int maxHops) {
        LinkPath path = entities.path(caller, from, to, maxHops);
        List<Chart.Node> nodes = new ArrayList<>(chart.nodes());
        List<Chart.Edge> edges = new ArrayList<>(chart.edges());
        path.nodes().forEach(n -> nodes.add(new Chart.Node(n.id(), n.type(), n.label(), null, null)));
        path.edges().forEach(e -> edges.add(new Chart.Edge(e.from(), e.to(), e.shared())));
        return new PathOnChart(new Chart(nodes, edges), path);
    }

    public record PathOnChart(Chart chart, LinkPath path) {
    }

    public String save(Caller caller, String name, Chart chart) {
        Readers.require(audit, caller, AuditAction.SAVE_CHART, List.of());
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new IllegalArgumentException("A chart needs a name of up to 200 characters");
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO link_chart (id, owner, name, saved_at, nodes, body) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, caller.user(), title, OffsetDateTime.now(ZoneOffset.UTC), chart.nodes().size(),
                        JSON.writeValueAsString(chart))
                .update();
        audit.record(AuditEvent.ok(caller, AuditAction.SAVE_CHART, List.of(), Map.of("chart", id, "name", title,
                "nodes", chart.nodes().stream().map(Chart.Node::id).toList())));
        return id;
    }

    /** The caller's own charts, newest first. */
    public List<SavedChart> saved(Caller caller) {
        return jdbc.sql("SELECT id, name, saved_at, nodes FROM link_chart WHERE owner = ? ORDER BY saved_at DESC")
                .param(caller.user())
                .query((rs, n) -> new SavedChart(rs.getString("id"), rs.getString("name"),
                        rs.getObject("saved_at", OffsetDateTime.class).toInstant(), rs.getInt("nodes")))
                .list();
    }

    /**
     * One of the caller's charts, with only the nodes the caller may still read: an agreement
     * that has ended since takes its records' entities off the chart.
     */
    public Optional<Chart> open(Caller caller, String id) {
        Readers.require(audit, caller, AuditAction.OPEN_CHART, List.of());
        Optional<String> body = jdbc.sql("SELECT body FROM link_chart WHERE id = ? AND owner = ?")
                .params(id, caller.user()).query(String.class).optional();
        if (body.isEmpty()) {
            audit.record(new AuditEvent(caller, AuditAction.OPEN_CHART, AuditOutcome.NOT_FOUND, List.of(),
                    Map.of("chart", id)));
            return Optional.empty();
        }
        Chart saved = JSON.readValue(body.get(), Chart.class);
        Set<String> visible = visible(caller, saved);
        Chart chart = new Chart(saved.nodes().stream().filter(n -> visible.contains(n.id())).toList(), saved.edges());
        audit.record(AuditEvent.ok(caller, AuditAction.OPEN_CHART, List.of(), Map.of("chart", id,
                "nodes", chart.nodes().stream().map(Chart.Node::id).toList(),
                "withheld", saved.nodes().size() - chart.nodes().size())));
        return Optional.of(chart);
    }

    private Set<String> visible(Caller caller, Chart chart) {
        List<String> entityIds = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        List<String> identityIds = new ArrayList<>();
        for (Chart.Node node : chart.nodes()) {
            if (node.id().startsWith(Chart.DOCUMENT + ":")) {
                documentIds.add(node.id().substring(Chart.DOCUMENT.length() + 1));
            } else if (node.id().startsWith(Chart.IDENTITY + ":")) {
                identityIds.add(node.id());
            } else if (!node.id().startsWith(Subject.NAME)) {
                entityIds.add(node.id());
            }
        }
        Set<String> visible = new HashSet<>();
        for (String identity : identityIds) {
            if (identities.reachable(caller, identity.substring(Chart.IDENTITY.length() + 1))) {
                visible.add(identity);
            }
        }
        try {
            if (!entityIds.isEmpty()) {
                var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true)
                        .allowNoIndices(true).size(0)
                        .query(q -> q.bool(b -> b.filter(Scope.of(caller)).filter(Fields.terms(Fields.IDS, entityIds))))
                        .aggregations("seen", a -> a.terms(t -> t.field(Fields.IDS).size(entityIds.size())
                                .include(i -> i.terms(entityIds)))), Void.class);
                for (StringTermsBucket bucket : Fields.buckets(response.aggregations(), "seen")) {
                    visible.add(bucket.key().stringValue());
                }
            }
            if (!documentIds.isEmpty()) {
                var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true)
                        .allowNoIndices(true).size(documentIds.size()).source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b.filter(Scope.of(caller)).filter(f -> f.ids(i -> i.values(documentIds))))),
                        Void.class);
                for (Hit<Void> hit : response.hits().hits()) {
                    visible.add(Chart.documentNode(hit.id()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
        return visible;
    }

    private String titleOf(Caller caller, String documentId) {
        try {
            var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .size(1).source(src -> src.filter(f -> f.includes("title", "file_name")))
                    .query(q -> q.bool(b -> b.filter(Scope.of(caller)).filter(f -> f.ids(i -> i.values(documentId))))),
                    ReportDocument.class);
            return response.hits().hits().stream().findFirst().map(Hit::source)
                    .map(d -> d.title() != null ? d.title() : d.fileName()).orElse(documentId);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }
}
