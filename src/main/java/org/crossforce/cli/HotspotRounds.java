package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.crossforce.analytics.AreaFigures;
import org.crossforce.analytics.HotspotService;
import org.crossforce.cli.DashboardRequest.View;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.shared.Caller;

/**
 * Times the dashboard's requests over a mix of filters. Cold: each request's first call for a
 * filter never asked before (the same forces and type over another twelve months), with
 * Elasticsearch's request and query caches emptied just before, so that no earlier panel's
 * answer helps it. Warm: the same filters asked again. The dashboard: all panels of one filter
 * change at once on a few threads, as a browser asks for them, until the last has answered.
 */
final class HotspotRounds {

    /** What a supervisor sees after a filter change, besides the map's layer. */
    static final List<DashboardRequest> PANELS = List.of(DashboardRequest.HEADLINE, DashboardRequest.TIME_SERIES,
            DashboardRequest.FORCES, DashboardRequest.AREAS);
    static final int THREADS = 4;

    static final double COLD_TARGET = 2_000;
    static final double WARM_TARGET = 500;
    static final double DASHBOARD_TARGET = 1_000;

    private final HotspotService hotspots;
    private final ElasticsearchClient client;
    private final Caller caller;
    private final YearMonth latest;
    private final int months;
    private final Map<String, List<Long>> cold = new LinkedHashMap<>();
    private final Map<String, List<Long>> warm = new LinkedHashMap<>();
    private final Map<String, Long> firstGi = new LinkedHashMap<>();

    /**
     * @param latest the latest month with crime
     * @param months how many months the data holds up to it: how far back a cold period may move
     */
    HotspotRounds(HotspotService hotspots, ElasticsearchClient client, Caller caller, YearMonth latest, int months) {
        this.hotspots = hotspots;
        this.client = client;
        this.caller = caller;
        this.latest = latest;
        this.months = months;
    }

    void measure(List<View> views, int rounds, PrintWriter progress) {
        int size = views.size();
        int perView = (rounds + size - 1) / size;
        // The JIT's first minutes are nobody's cold start: a few cheap calls before anything is timed.
        for (int i = 0; i < 3; i++) {
            views.forEach(v -> DashboardRequest.HEADLINE.run(hotspots, caller, v));
        }
        for (View view : views) {
            firstGi.put(view.label(), time(() -> DashboardRequest.GI.run(hotspots, caller, view)));
        }
        note(progress, "first Gi* of each territory done; cold rounds");
        for (int r = 0; r < rounds; r++) {
            View view = withBusiest(fresh(views.get(r % size), r / size + 1));
            for (DashboardRequest request : DashboardRequest.values()) {
                emptyCaches();
                long took = time(() -> request.run(hotspots, caller, view));
                add(cold, request.label(), view, took);
            }
        }
        note(progress, "cold rounds done; warm rounds");
        List<View> settled = views.stream().map(this::withBusiest).toList();
        for (int r = -1; r < rounds; r++) {
            for (View view : settled) {
                for (DashboardRequest request : DashboardRequest.values()) {
                    long took = time(() -> request.run(hotspots, caller, view));
                    if (r >= 0) {
                        add(warm, request.label(), view, took);
                    }
                }
            }
        }
        note(progress, "warm rounds done; dashboards");
        ExecutorService browser = Executors.newFixedThreadPool(THREADS);
        try {
            for (DashboardRequest map : List.of(DashboardRequest.GRID, DashboardRequest.GI)) {
                List<DashboardRequest> panels = new ArrayList<>(PANELS);
                panels.add(map);
                String row = dashboard(map);
                int shift = (map == DashboardRequest.GRID ? 1 : 2) * perView;
                for (int r = 0; r < rounds; r++) {
                    View view = fresh(views.get(r % size), shift + r / size + 1);
                    emptyCaches();
                    add(cold, row, view, time(() -> all(browser, panels, view)));
                }
                for (int r = 0; r < rounds; r++) {
                    View view = settled.get(r % size);
                    add(warm, row, view, time(() -> all(browser, panels, view)));
                }
            }
        } finally {
            browser.shutdown();
        }
    }

    void print(PrintWriter out, List<View> views, int rounds) {
        out.printf("Cold: each request's first call for a filter never asked before (the same forces and type over "
                + "another twelve months), Elasticsearch's request and query caches emptied just before; %d calls "
                + "each. Warm: the filters asked again, %d rounds of %d filters after one round unmeasured.%n",
                rounds, rounds, views.size());
        out.printf("  %-44s %9s %9s %9s %9s  %s%n", "request (ms)", "cold p50", "cold p95", "warm p50", "warm p95",
                "target");
        for (String row : rows()) {
            boolean dashboard = row.startsWith("dashboard");
            double[] c = percentiles(cold.get(row));
            double[] w = percentiles(warm.get(row));
            String verdict = dashboard
                    ? (c[1] <= DASHBOARD_TARGET && w[1] <= DASHBOARD_TARGET ? "met" : "MISSED") + " (p95 <= 1 s)"
                    : c[1] <= COLD_TARGET && w[1] <= WARM_TARGET ? "met"
                    : "MISSED" + (c[1] > COLD_TARGET ? " cold" : "") + (w[1] > WARM_TARGET ? " warm" : "");
            out.printf("  %-44s %9.0f %9.0f %9.0f %9.0f  %s%n", row, c[0], c[1], w[0], w[1], verdict);
        }
        out.println();
        out.println("By filter, warm p95 / slowest cold call (ms):");
        for (int v = 0; v < views.size(); v++) {
            out.printf("  F%d  %s%n", v + 1, views.get(v).label());
        }
        out.printf("  %-44s", "request");
        for (int v = 0; v < views.size(); v++) {
            out.printf(" %11s", "F" + (v + 1));
        }
        out.println();
        for (String row : rows()) {
            out.printf("  %-44s", row);
            for (View view : views) {
                double[] w = percentiles(warm.get(row + "|" + view.label()));
                List<Long> c = cold.getOrDefault(row + "|" + view.label(), List.of());
                String slowest = c.isEmpty() ? "-" : Long.toString(Collections.max(c) / 1_000_000);
                out.printf(" %11s", (Double.isNaN(w[1]) ? "-" : String.format("%.0f", w[1])) + "/" + slowest);
            }
            out.println();
        }
        out.println();
        out.print("First Gi* of each filter in this JVM (the first for a territory and cell size lays its cells out):");
        views.forEach(v -> out.printf(" %s: %,d ms;", v.label(), firstGi.get(v.label()) / 1_000_000));
        out.println();
        out.flush();
    }

    static String dashboard(DashboardRequest map) {
        return "dashboard: " + (PANELS.size() + 1) + " panels on " + THREADS + " threads, map as "
                + (map == DashboardRequest.GRID ? "grid" : "Gi*");
    }

    private List<String> rows() {
        return cold.keySet().stream().filter(k -> !k.contains("|")).toList();
    }

    /** The view over twelve months ending {@code shift} months before the latest, wrapping within the data. */
    private View fresh(View view, int shift) {
        int room = Math.max(1, months - 12);
        return view.ending(latest.minusMonths(1 + (shift - 1) % room));
    }

    private View withBusiest(View view) {
        List<AreaFigures> top = hotspots.areas(caller, view.filter(), true, view.cellSize(), 1);
        return view.busiest(top.isEmpty() ? null : top.getFirst().key());
    }

    private void all(ExecutorService browser, List<DashboardRequest> panels, View view) {
        List<Future<?>> answers = panels.stream()
                .<Future<?>>map(p -> browser.submit(() -> p.run(hotspots, caller, view))).toList();
        for (Future<?> answer : answers) {
            try {
                answer.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A panel failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private void emptyCaches() {
        try {
            client.indices().clearCache(c -> c.index(ReportIndices.ALIAS).request(true).query(true));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch's caches could not be emptied", e);
        }
    }

    private static long time(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return System.nanoTime() - started;
    }

    private static void add(Map<String, List<Long>> samples, String row, View view, long nanos) {
        samples.computeIfAbsent(row, k -> new ArrayList<>()).add(nanos);
        samples.computeIfAbsent(row + "|" + view.label(), k -> new ArrayList<>()).add(nanos);
    }

    /** p50 and p95 in milliseconds, nearest rank. */
    static double[] percentiles(List<Long> nanos) {
        if (nanos == null || nanos.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {at(sorted, 0.50), at(sorted, 0.95)};
    }

    private static double at(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] / 1e6;
    }

    private static void note(PrintWriter progress, String what) {
        progress.println("  ... " + what);
        progress.flush();
    }
}
