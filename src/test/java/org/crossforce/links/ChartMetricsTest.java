package org.crossforce.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChartMetricsTest {

    /** person — phone — plate: a chain of three. */
    private static final Chart CHAIN = new Chart(
            List.of(node("person:d1#0", "person"), node("phone:+447700900123", "phone"), node("vrm:AB12CDE", "vrm")),
            List.of(new Chart.Edge("person:d1#0", "phone:+447700900123", 2),
                    new Chart.Edge("vrm:AB12CDE", "phone:+447700900123", 1)));

    /**
     * Degree 1, 2, 1. Betweenness: the one chain between the ends runs through the phone, out of
     * one pair of others: 1; the ends 0. Closeness, normalised by the n − 1 = 2 others: the ends
     * 2 / (1 + 2) = 0.667, the phone 2 / (1 + 1) = 1.
     */
    @Test
    void theMiddleOfAChainIsTheMostCentral() {
        Map<String, ChartMetrics.Scores> scores = ChartMetrics.of(CHAIN);

        assertThat(scores.get("phone:+447700900123")).isEqualTo(new ChartMetrics.Scores(2, 1.0, 1.0));
        assertThat(scores.get("person:d1#0").degree()).isEqualTo(1);
        assertThat(scores.get("person:d1#0").betweenness()).isZero();
        assertThat(scores.get("person:d1#0").closeness()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aLinkDrawnTwiceOrToANodeNotOnTheChartIsKeptOnce() {
        Chart chart = new Chart(List.of(node("a:1", "vrm"), node("b:2", "phone"), node("a:1", "vrm")),
                List.of(new Chart.Edge("a:1", "b:2", 1), new Chart.Edge("b:2", "a:1", 3), new Chart.Edge("a:1", "c:3", 1)));

        assertThat(chart.nodes()).hasSize(2);
        assertThat(chart.edges()).containsExactly(new Chart.Edge("b:2", "a:1", 3));
    }

    @Test
    void aChartExportsAsGraphMlAndCsvThatSpreadsheetsReadAsText() {
        assertThat(ChartExport.graphMl(CHAIN)).contains("<graphml", "id=\"vrm:AB12CDE\"", "person", "<edge");
        String nodes = ChartExport.nodesCsv(CHAIN);
        assertThat(nodes.lines().findFirst().orElseThrow()).isEqualTo("id,type,label,degree,betweenness,closeness");
        assertThat(nodes).contains("phone:+447700900123,phone,'+447700900123,2,1.0000,1.0000");
        assertThat(ChartExport.edgesCsv(CHAIN)).contains("person:d1#0,phone:+447700900123,2");
    }

    private static Chart.Node node(String id, String type) {
        return new Chart.Node(id, type, id.substring(id.indexOf(':') + 1), null, null);
    }
}
