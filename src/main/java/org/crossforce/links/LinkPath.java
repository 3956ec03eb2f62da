package org.crossforce.links;

import java.util.List;

/** The shortest chain of shared records from one entity to another; empty when there is none within reach. */
public record LinkPath(List<Node> nodes, List<Edge> edges) {

    public LinkPath {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public boolean found() {
        return !nodes.isEmpty();
    }

    public record Node(String id, String type, String label) {
    }

    /** @param shared records and documents that mention both ends */
    public record Edge(String from, String to, long shared) {
    }
}
