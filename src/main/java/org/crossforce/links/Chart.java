package org.crossforce.links;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A link chart as an analyst builds it: entities and documents, and the links between them.
 *
 * @param nodes in the order they were added; positions are the chart's layout, or null
 * @param edges each link once, whichever way round
 */
public record Chart(List<Node> nodes, List<Edge> edges) {

    public static final Chart EMPTY = new Chart(List.of(), List.of());

    public Chart {
        Map<String, Node> unique = new LinkedHashMap<>();
        nodes.forEach(n -> unique.putIfAbsent(n.id(), n));
        nodes = List.copyOf(unique.values());
        Map<String, Edge> links = new LinkedHashMap<>();
        edges.stream().filter(e -> unique.containsKey(e.source()) && unique.containsKey(e.target())
                && !e.source().equals(e.target())).forEach(e -> links.merge(e.key(), e,
                        (a, b) -> a.shared() >= b.shared() ? a : b));
        edges = List.copyOf(links.values());
    }

    /**
     * @param type {@code person}, {@code vrm}, {@code phone} ... or {@code document} for a document
     *             or record on the chart ({@code document:<id>})
     */
    public record Node(String id, String type, String label, Double x, Double y) {

        public Node withPosition(double[] at) {
            return at == null ? this : new Node(id, type, label, at[0], at[1]);
        }
    }

    /** @param shared records and documents behind the link */
    public record Edge(String source, String target, long shared) {

        String key() {
            return source.compareTo(target) < 0 ? source + "\n" + target : target + "\n" + source;
        }
    }

    public static final String DOCUMENT = "document";
    /** A resolved identity's node: {@code identity:<identity id>}, linked to the person node of each of its records. */
    public static final String IDENTITY = "identity";

    public static String documentNode(String documentId) {
        return DOCUMENT + ":" + documentId;
    }
}
