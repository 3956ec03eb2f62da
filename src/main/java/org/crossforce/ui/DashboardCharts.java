package org.crossforce.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.analytics.ForceFigures;
import org.crossforce.analytics.TimeSeries;

/** The dashboard's ECharts options, built from the service's figures as plain data. */
final class DashboardCharts {

    /** Lines beyond these are summed into one "Other types" line, so the chart stays readable. */
    static final int LINES = 7;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final List<String> PALETTE = List.of("#1f6fb2", "#d95f02", "#1b9e77", "#7570b3", "#e7298a",
            "#66a61e", "#e6ab02", "#8c8c8c");

    private DashboardCharts() {
    }

    static String month(YearMonth month) {
        return month == null ? "" : month.format(MONTH);
    }

    /** Months as runs: "Jan 2017, Mar 2017 – Mar 2020, May 2020". */
    static String runs(List<YearMonth> months) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && months.get(j + 1).equals(months.get(j).plusMonths(1))) {
                j++;
            }
            runs.add(i == j ? month(months.get(i)) : month(months.get(i)) + " – " + month(months.get(j)));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    /** Monthly lines by crime type; months without data are gaps in every line. */
    static Map<String, Object> timeSeries(TimeSeries series) {
        List<String> months = series.months().stream().map(DashboardCharts::month).toList();
        List<Object> lines = new ArrayList<>();
        List<TimeSeries.Series> all = series.series();
        for (int i = 0; i < Math.min(LINES, all.size()); i++) {
            lines.add(line(all.get(i).type(), all.get(i).counts()));
        }
        if (all.size() > LINES) {
            List<Long> other = new ArrayList<>();
            for (int m = 0; m < months.size(); m++) {
                Long sum = null;
                for (TimeSeries.Series s : all.subList(LINES, all.size())) {
                    Long v = s.counts().get(m);
                    sum = v == null ? sum : (sum == null ? 0 : sum) + v;
                }
                other.add(series.total().get(m) == null ? null : sum == null ? 0L : sum);
            }
            lines.add(line("Other types", other));
        }
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 24, "bottom", 56));
        option.put("xAxis", Map.of("type", "category", "data", months, "boundaryGap", false));
        option.put("yAxis", Map.of("type", "value", "name", "Crimes", "minInterval", 1));
        option.put("series", lines);
        return option;
    }

    private static Map<String, Object> line(String name, List<Long> counts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("data", counts);
        line.put("connectNulls", false);
        line.put("symbolSize", 5);
        return line;
    }

    /** Each force's crimes per km² of its area: a small force and a large one compare fairly. */
    static Map<String, Object> forces(List<ForceFigures> figures) {
        List<ForceFigures> shown = figures.stream().filter(f -> f.perKm2() != null && f.count() > 0).toList();
        Map<String, Object> option = base();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 170, "right", 32, "top", 16, "bottom", 40));
        option.put("yAxis", Map.of("type", "category", "inverse", true,
                "data", shown.stream().map(ForceFigures::name).toList()));
        option.put("xAxis", Map.of("type", "value", "name", "crimes per km²", "nameLocation", "middle", "nameGap", 26));
        option.put("series", List.of(Map.of("name", "Crimes per km²", "type", "bar", "barMaxWidth", 28,
                "label", Map.of("show", true, "position", "right"),
                "data", shown.stream().map(f -> Math.round(f.perKm2() * 10) / 10.0).toList())));
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", PALETTE);
        option.put("animation", false);
        option.put("textStyle", Map.of("fontFamily", "Liberation Sans, Arial, Helvetica, sans-serif"));
        return option;
    }
}
