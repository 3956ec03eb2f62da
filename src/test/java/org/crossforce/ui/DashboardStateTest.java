package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.crossforce.analytics.HotspotMethod;
import org.junit.jupiter.api.Test;

class DashboardStateTest {

    @Test
    void theWholeDashboardSurvivesARoundTripThroughItsAddress() {
        DashboardState state = new DashboardState(Set.of("kent", "metropolitan"), Set.of("Burglary"),
                YearMonth.of(2019, 12), YearMonth.of(2020, 11), 500, HotspotMethod.EMERGING, 51.38, 1.39, 13,
                "{\"type\":\"Polygon\",\"coordinates\":[[[1,51],[2,51],[2,52],[1,51]]]}", "500-635000-170500");

        DashboardState again = DashboardState.of(new QueryParameters(state.query().getParameters()));

        assertThat(again).isEqualTo(state);
    }

    @Test
    void aHandEditedAddressFallsBackToSensibleDefaults() {
        DashboardState state = DashboardState.of(QueryParameters.simple(java.util.Map.of("cell", "300", "layer", "hexagons",
                "from", "last year", "zoom", "x")));

        assertThat(state.cell()).isEqualTo(250);
        assertThat(state.layer()).isEqualTo(HotspotMethod.GI);
        assertThat(state.from()).isNull();
        assertThat(state.zoom()).isEqualTo(10);
    }

    @Test
    void missingMonthsAreWrittenAsRuns() {
        assertThat(DashboardCharts.runs(List.of(YearMonth.of(2017, 1), YearMonth.of(2017, 3), YearMonth.of(2017, 4),
                YearMonth.of(2017, 5), YearMonth.of(2020, 5)))).isEqualTo("Jan 2017, Mar 2017 – May 2017, May 2020");
    }
}
