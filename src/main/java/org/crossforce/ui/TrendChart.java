package org.crossforce.ui;

import java.util.Map;

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
import tools.jackson.databind.json.JsonMapper;

/** A chart drawn by Apache ECharts in the browser ({@code trend-chart.ts}) from an option built here. */
@Tag("cf-trend-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./trend-chart.ts")
public class TrendChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @param option an ECharts option: plain data only, no functions */
    public void setOption(Map<String, Object> option) {
        getElement().callJsFunction("chartOption", JSON.writeValueAsString(option));
    }

    public void downloadPng(String fileName) {
        getElement().callJsFunction("chartDownloadPng", fileName);
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<TrendChart> {
        private final String name;
        private final String series;

        public ChartClickEvent(TrendChart source, boolean fromClient, @EventData("event.detail.name") String name,
                @EventData("event.detail.series") String series) {
            super(source, fromClient);
            this.name = name;
            this.series = series;
        }

        /** The category clicked: a month, a force. */
        public String name() {
            return name;
        }

        public String series() {
            return series;
        }
    }
}
