package org.crossforce.links;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * How central each node of a chart is, as i2 Analyst's Notebook reports it: degree (links),
 * betweenness (how many shortest chains between others run through it, normalised to 0..1) and
 * closeness (how near it is to everything it can reach). Links count as equal whatever their strength.
 */
public final class ChartMetrics {

    private ChartMetrics() {
    }

    public record Scores(int degree, double betweenness, double closeness) {
    }

    public static Map<String, Scores> of(Chart chart) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        chart.nodes().forEach(n -> graph.addVertex(n.id()));
        chart.edges().forEach(e -> graph.addEdge(e.source(), e.target()));
        Map<String, Double> betweenness = new BetweennessCentrality<>(graph, false).getScores();
        int n = chart.nodes().size();
        // Pairs of other nodes in an undirected chart: (n − 1)(n − 2) / 2. JGraphT's own
        // normalisation divides by twice that, which would cap an undirected chart at 0.5.
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        // Closeness within each node's own part of the chart: a chart is often several unconnected groups.
        Map<String, Double> closeness = new ClosenessCentrality<>(graph, false, true).getScores();
        Map<String, Scores> scores = new LinkedHashMap<>();
        for (Chart.Node node : chart.nodes()) {
            scores.put(node.id(), new Scores(graph.degreeOf(node.id()), betweenness.getOrDefault(node.id(), 0.0) / pairs,
                    finite(closeness.getOrDefault(node.id(), 0.0))));
        }
        return scores;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
