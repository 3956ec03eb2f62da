package org.crossforce.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link chart: entities as nodes, shared records as edges, drawn by Cytoscape.js in the browser
 * ({@code link-chart.ts}) with the fcose layout. Adding to the chart keeps what is already on it
 * where it is and places the new nodes near their neighbours, so that a chart stays readable while
 * an analyst expands it.
 *
 * <p>The chart is held here as well as in the browser: if the component is detached and attached
 * again (the browser element is then a new one), everything is sent again and laid out.
 */
@Tag("cf-link-chart")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@NpmPackage(value = "@types/cytoscape-fcose", version = "2.2.5", dev = true)
@JsModule("./link-chart.ts")
public class LinkChart extends Component implements HasSize {

    /** An entity. {@code type} chooses the look (person, vrm, phone, email, postcode, pnc, nino,
     * weapon, drug, document, event); {@code x}, {@code y} null let the layout place it. */
    public record Node(String id, String type, String label, Double x, Double y) implements Serializable {
        public Node {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A link between two entities; {@code weight} (the records they share) is drawn as the width. */
    public record Edge(String source, String target, String label, double weight) implements Serializable {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }

        String id() {
            return source + "->" + target;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    /** Keyed by the undirected pair, see {@link #pairKey}. */
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private List<String> highlighted = List.of();
    private String selected;

    public LinkChart() {
        addAttachListener(this::attached);
        addNodeClickListener(e -> selected = e.nodeId());
    }

    /**
     * Adds the nodes and edges not yet on the chart (nodes by id; edges by their two ends, in either
     * direction; an edge whose ends are not both on the chart is left out), then places the new
     * nodes near their neighbours while every node already on the chart stays where it is.
     */
    public void add(List<Node> newNodes, List<Edge> newEdges) {
        List<Node> addedNodes = new ArrayList<>();
        for (Node node : newNodes) {
            if (!nodes.containsKey(node.id())) {
                nodes.put(node.id(), node);
                addedNodes.add(node);
            }
        }
        List<Edge> addedEdges = new ArrayList<>();
        for (Edge edge : newEdges) {
            String key = pairKey(edge.source(), edge.target());
            if (nodes.containsKey(edge.source()) && nodes.containsKey(edge.target()) && !edges.containsKey(key)) {
                edges.put(key, edge);
                addedEdges.add(edge);
            }
        }
        if ((!addedNodes.isEmpty() || !addedEdges.isEmpty()) && isAttached()) {
            getElement().callJsFunction("chartAdd", toJson(addedNodes, addedEdges));
        }
    }

    /** Removes a node and its edges. */
    public void remove(String nodeId) {
        if (nodes.remove(nodeId) == null) {
            return;
        }
        edges.values().removeIf(e -> e.source().equals(nodeId) || e.target().equals(nodeId));
        if (nodeId.equals(selected)) {
            selected = null;
        }
        if (isAttached()) {
            getElement().callJsFunction("chartRemove", nodeId);
        }
        if (highlighted.contains(nodeId)) {
            highlight(List.of()); // a path with a node gone is no path
        }
    }

    public void clear() {
        nodes.clear();
        edges.clear();
        highlighted = List.of();
        selected = null;
        if (isAttached()) {
            getElement().callJsFunction("chartClear");
        }
    }

    /**
     * Marks a path: these nodes and the edges between consecutive ones are drawn in the highlight
     * colour, everything else is faded. An empty list clears the highlight.
     */
    public void highlight(List<String> nodeIds) {
        highlighted = List.copyOf(nodeIds);
        if (isAttached()) {
            getElement().callJsFunction("chartHighlight", toJson(highlighted));
        }
    }

    /** Selects one node, or none with null. */
    public void setSelected(String nodeId) {
        selected = nodeId;
        if (isAttached()) {
            getElement().callJsFunction("chartSelect", nodeId);
        }
    }

    /** Lays everything out afresh (fcose), moving every node. */
    public void relayout() {
        getElement().callJsFunction("chartRelayout");
    }

    /** Zooms and pans so that the whole chart is in view. */
    public void fit() {
        getElement().callJsFunction("chartFit");
    }

    /** Makes the browser download the whole chart as a PNG (twice the screen resolution, white background). */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("chartDownloadPng", fileName);
    }

    /**
     * Asks the browser where every node is (chart coordinates, as {@code {x, y}}), for saving a chart;
     * the answer comes later, in the UI thread. Adding saved nodes with these coordinates puts them
     * back where they were.
     */
    public void requestPositions(Consumer<Map<String, double[]>> positions) {
        getElement().callJsFunction("chartPositions").then(String.class, json -> positions.accept(
                JSON.readValue(json, new TypeReference<LinkedHashMap<String, double[]>>() { })));
    }

    public Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        return addListener(NodeClickEvent.class, listener);
    }

    public Registration addNodeExpandListener(ComponentEventListener<NodeExpandEvent> listener) {
        return addListener(NodeExpandEvent.class, listener);
    }

    /** A single tap or click on a node. */
    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<LinkChart> {
        private final String nodeId;

        public NodeClickEvent(LinkChart source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.nodeId = id;
        }

        public String nodeId() {
            return nodeId;
        }
    }

    /** A double tap or double click on a node: the analyst wants its neighbours. */
    @DomEvent("node-expand")
    public static class NodeExpandEvent extends ComponentEvent<LinkChart> {
        private final String nodeId;

        public NodeExpandEvent(LinkChart source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.nodeId = id;
        }

        public String nodeId() {
            return nodeId;
        }
    }

    /** A new browser element knows nothing yet: send it the whole chart. */
    private void attached(AttachEvent event) {
        if (!nodes.isEmpty()) {
            getElement().callJsFunction("chartAdd", toJson(List.copyOf(nodes.values()), List.copyOf(edges.values())));
        }
        if (!highlighted.isEmpty()) {
            getElement().callJsFunction("chartHighlight", toJson(highlighted));
        }
        if (selected != null) {
            getElement().callJsFunction("chartSelect", selected);
        }
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static String toJson(List<Node> nodes, List<Edge> edges) {
        List<Map<String, Object>> edgeJson = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("source", e.source());
            m.put("target", e.target());
            m.put("label", e.label());
            m.put("weight", e.weight());
            edgeJson.add(m);
        }
        return toJson(Map.of("nodes", nodes, "edges", edgeJson));
    }

    private static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }
}
