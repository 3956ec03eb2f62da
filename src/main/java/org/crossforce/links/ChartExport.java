package org.crossforce.links;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/** A chart as files other tools open: GraphML (yEd, Gephi, i2 import) and CSV of nodes and of links. */
public final class ChartExport {

    private ChartExport() {
    }

    public static String graphMl(Chart chart) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Chart.Node> nodes = new LinkedHashMap<>();
        chart.nodes().forEach(n -> {
            nodes.put(n.id(), n);
            graph.addVertex(n.id());
        });
        chart.edges().forEach(e -> graph.setEdgeWeight(graph.addEdge(e.source(), e.target()), e.shared()));
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(id -> id);
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(id -> Map.of(
                "label", DefaultAttribute.createAttribute(nodes.get(id).label()),
                "type", DefaultAttribute.createAttribute(nodes.get(id).type())));
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        return out.toString();
    }

    public static String nodesCsv(Chart chart) {
        Map<String, ChartMetrics.Scores> scores = ChartMetrics.of(chart);
        return csv(new String[] {"id", "type", "label", "degree", "betweenness", "closeness"}, printer -> {
            for (Chart.Node node : chart.nodes()) {
                ChartMetrics.Scores s = scores.get(node.id());
                printer.printRecord(cell(node.id()), node.type(), cell(node.label()), s.degree(),
                        String.format(java.util.Locale.ROOT, "%.4f", s.betweenness()),
                        String.format(java.util.Locale.ROOT, "%.4f", s.closeness()));
            }
        });
    }

    public static String edgesCsv(Chart chart) {
        return csv(new String[] {"source", "target", "shared"}, printer -> {
            for (Chart.Edge edge : chart.edges()) {
                printer.printRecord(cell(edge.source()), cell(edge.target()), edge.shared());
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A spreadsheet runs a cell that begins like a formula: {@code +447700900123} or a pasted
     * {@code =HYPERLINK(...)}. Such cells are written with a leading apostrophe, which shows them as text.
     */
    public static String cell(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
