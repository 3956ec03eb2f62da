package org.crossforce.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.crossforce.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * What the need-to-know filter and the audit entry cost a search: the same queries timed without
 * the access filter, with a narrow one (one force and its agreements), with a broad one (every
 * force), and as the full service call, audit entry included. For the {@code benchmark-search}
 * command; it hands out timings, never records.
 */
@Component
public class SearchLatency {

    /** Latencies of one variant, in milliseconds. */
    public record Figures(String variant, int searches, double p50, double p95, double mean) {
    }

    private final SearchService search;

    SearchLatency(SearchService search) {
        this.search = search;
    }

    public List<Figures> measure(List<String> queries, int rounds, Caller narrow, Caller broad) {
        Map<String, Consumer<String>> variants = new LinkedHashMap<>();
        variants.put("no access filter", q -> search.timed(narrow, SearchQuery.of(q), false));
        variants.put("access filter, one force and its agreements (" + narrow.grants().size() + " grants)",
                q -> search.timed(narrow, SearchQuery.of(q), true));
        variants.put("access filter, every force (" + broad.grants().size() + " grants)",
                q -> search.timed(broad, SearchQuery.of(q), true));
        variants.put("full search call: access filter and audit entry", q -> search.search(narrow, SearchQuery.of(q)));
        List<String> names = new ArrayList<>(variants.keySet());
        // Warm the caches and the JIT on every path first.
        queries.forEach(q -> variants.values().forEach(v -> v.accept(q)));
        Map<String, long[]> nanos = new LinkedHashMap<>();
        names.forEach(n -> nanos.put(n, new long[queries.size() * rounds]));
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String q : queries) {
                // Each query runs in every variant, in turn, starting with a different one each time:
                // no variant always gets the caches the one before it warmed.
                for (int v = 0; v < names.size(); v++) {
                    String name = names.get((v + i) % names.size());
                    long start = System.nanoTime();
                    variants.get(name).accept(q);
                    nanos.get(name)[i] = System.nanoTime() - start;
                }
                i++;
            }
        }
        List<Figures> figures = new ArrayList<>();
        nanos.forEach((name, values) -> figures.add(new Figures(name, values.length, percentile(values, 50) / 1e6,
                percentile(values, 95) / 1e6, Arrays.stream(values).average().orElse(0) / 1e6)));
        return figures;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No values");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
