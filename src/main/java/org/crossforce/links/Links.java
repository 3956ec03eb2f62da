package org.crossforce.links;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.crossforce.entities.EntityType;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;

/**
 * Links between entities, counted from the records that mention both: the neighbours of one
 * entity with the strength and significance of each link, and the shortest chain between two.
 */
final class Links {

    /** Neighbours considered per entity: the strongest by shared records. */
    static final int FANOUT = 200;
    /** Entities a path search expands per hop, the strongest first. */
    private static final int FRONTIER = 300;
    private static final int PATH_FANOUT = 50;
    /**
     * Every entity but a day is followed: everything that happened on a day shares it, so a link
     * chart shows dates only when asked for them, and a path never runs through one. Days are left
     * out of the answers here rather than by the aggregation's include or exclude, which would have
     * Elasticsearch read nearly every id in the index at every request; a few buckets more make up
     * for the days dropped.
     */
    private static final String DATE = org.crossforce.entities.EntityType.DATE.prefix() + ":";
    private static final int DAYS_ALLOWED_FOR = 50;

    private final ElasticsearchClient client;

    Links(ElasticsearchClient client) {
        this.client = client;
    }

    List<Neighbour> neighbours(Caller caller, Subject subject, LinkFilter filter, int limit) {
        Query within = within(caller, filter);
        SearchResponse<Void> around = Fields.search(client, s -> s.size(0).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(within).filter(subject.filter())))
                .aggregations("with", a -> a.terms(t -> {
                    // The subject itself is left out below: one bucket more keeps the count.
                    t.field(Fields.IDS).minDocCount(filter.minStrength());
                    if (!filter.types().isEmpty()) {
                        t.size(FANOUT + 1).include(i -> i.regexp("(" + String.join("|", filter.types().stream()
                                .map(Fields::literal).toList()) + "):.*"));
                    } else {
                        t.size(FANOUT + 1 + DAYS_ALLOWED_FOR);
                    }
                    return t;
                })), Void.class);
        long withSubject = around.hits().total() == null ? 0 : around.hits().total().value();
        Map<String, Long> shared = new LinkedHashMap<>();
        for (StringTermsBucket bucket : Fields.buckets(around.aggregations(), "with")) {
            String id = bucket.key().stringValue();
            boolean day = id.startsWith(DATE) && !filter.types().contains(EntityType.DATE.prefix());
            if (!day && (subject.isName() || !id.equals(subject.id()))) {
                shared.put(id, bucket.docCount());
            }
            if (shared.size() == FANOUT) {
                break;
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(shared.keySet());
        SearchResponse<Void> background = Fields.search(client, s -> s.size(0).trackTotalHits(t -> t.enabled(true))
                .query(within)
                .aggregations("seen", a -> a.filter(Fields.terms(Fields.IDS, ids))
                        .aggregations("each", e -> e.terms(t -> t.field(Fields.IDS).size(ids.size())
                                .include(i -> i.terms(ids))))), Void.class);
        long total = background.hits().total() == null ? 0 : background.hits().total().value();
        Map<String, Long> seen = new HashMap<>();
        for (StringTermsBucket bucket : background.aggregations().get("seen").filter().aggregations().get("each")
                .sterms().buckets().array()) {
            seen.put(bucket.key().stringValue(), bucket.docCount());
        }
        Map<String, String> labels = Labels.of(client, caller, ids);
        return shared.entrySet().stream()
                .map(e -> new Neighbour(e.getKey(), Fields.typeOf(e.getKey()), labels.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue(), Significance.score(e.getValue(), withSubject,
                                seen.getOrDefault(e.getKey(), e.getValue()), total)))
                .sorted(Comparator.comparingDouble(Neighbour::significance).reversed()
                        .thenComparing(Comparator.comparingLong(Neighbour::shared).reversed()))
                .limit(limit)
                .toList();
    }

    /**
     * Breadth-first from both ends at once, a hop at a time from the smaller side, each hop one
     * request; the first entity reached from both sides joins the shortest chain.
     */
    LinkPath path(Caller caller, Subject from, Subject to, int maxHops) {
        if (from.isName() || to.isName()) {
            throw new IllegalArgumentException("A path runs between entities, not names: open one of the records "
                    + "that name the person and start from its person");
        }
        Map<String, String> cameFrom = new HashMap<>();
        Map<String, String> cameTo = new HashMap<>();
        Map<String, Long> strength = new HashMap<>();
        cameFrom.put(from.id(), null);
        cameTo.put(to.id(), null);
        if (from.id().equals(to.id())) {
            return assemble(caller, from.id(), cameFrom, cameTo, strength);
        }
        List<String> forward = List.of(from.id());
        List<String> backward = List.of(to.id());
        Query within = Scope.of(caller);
        for (int hop = 0; hop < maxHops && !forward.isEmpty() && !backward.isEmpty(); hop++) {
            boolean fromStart = forward.size() <= backward.size();
            Map<String, String> side = fromStart ? cameFrom : cameTo;
            Map<String, String> other = fromStart ? cameTo : cameFrom;
            List<String> next = new ArrayList<>();
            for (Edge edge : expand(within, fromStart ? forward : backward)) {
                strength.merge(key(edge.from(), edge.to()), edge.shared(), Math::max);
                if (side.containsKey(edge.to())) {
                    continue;
                }
                side.put(edge.to(), edge.from());
                if (other.containsKey(edge.to())) {
                    return assemble(caller, edge.to(), cameFrom, cameTo, strength);
                }
                next.add(edge.to());
            }
            List<String> frontier = next.size() > FRONTIER ? next.subList(0, FRONTIER) : next;
            if (fromStart) {
                forward = frontier;
            } else {
                backward = frontier;
            }
        }
        return new LinkPath(List.of(), List.of());
    }

    private record Edge(String from, String to, long shared) {
    }

    /** The links of every entity of a frontier, strongest first, in one request. */
    private List<Edge> expand(Query within, List<String> frontier) {
        SearchResponse<Void> response = Fields.search(client, s -> s.size(0)
                .query(q -> q.bool(b -> b.filter(within).filter(Fields.terms(Fields.IDS, frontier))))
                .aggregations("from", a -> a
                        .terms(t -> t.field(Fields.IDS).size(frontier.size()).include(i -> i.terms(frontier)))
                        .aggregations("to", n -> n.terms(t -> t.field(Fields.IDS).size(PATH_FANOUT + 1 + DAYS_ALLOWED_FOR)))),
                Void.class);
        List<Edge> edges = new ArrayList<>();
        for (StringTermsBucket node : Fields.buckets(response.aggregations(), "from")) {
            int kept = 0;
            for (StringTermsBucket next : Fields.buckets(node.aggregations(), "to")) {
                String id = next.key().stringValue();
                if (!id.equals(node.key().stringValue()) && !id.startsWith(DATE) && kept++ < PATH_FANOUT) {
                    edges.add(new Edge(node.key().stringValue(), id, next.docCount()));
                }
            }
        }
        edges.sort(Comparator.comparingLong(Edge::shared).reversed());
        return edges;
    }

    private LinkPath assemble(Caller caller, String meeting, Map<String, String> cameFrom, Map<String, String> cameTo,
            Map<String, Long> strength) {
        ArrayDeque<String> chain = new ArrayDeque<>();
        for (String at = meeting; at != null; at = cameFrom.get(at)) {
            chain.addFirst(at);
        }
        for (String at = cameTo.get(meeting); at != null; at = cameTo.get(at)) {
            chain.addLast(at);
        }
        List<String> ids = List.copyOf(chain);
        Map<String, String> labels = Labels.of(client, caller, ids);
        List<LinkPath.Node> nodes = ids.stream()
                .map(id -> new LinkPath.Node(id, Fields.typeOf(id), labels.getOrDefault(id, id))).toList();
        List<LinkPath.Edge> edges = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) {
            String a = ids.get(i - 1);
            String b = ids.get(i);
            edges.add(new LinkPath.Edge(a, b, Objects.requireNonNullElse(strength.get(key(a, b)),
                    strength.getOrDefault(key(b, a), 0L))));
        }
        return new LinkPath(nodes, edges);
    }

    private static String key(String a, String b) {
        return a + "\n" + b;
    }

    /** The caller's scope narrowed by the link filter's forces and dates. */
    static Query within(Caller caller, LinkFilter filter) {
        return Query.of(q -> q.bool(b -> {
            b.filter(Scope.of(caller));
            Fields.forces(b, filter.forces());
            Fields.dates(b, filter.from(), filter.to());
            return b;
        }));
    }

}
