package org.crossforce.analytics;

import java.time.YearMonth;
import java.util.List;

/**
 * Monthly counts by crime type. A month for which none of the forces delivered any record is a
 * gap (null), never a nought.
 *
 * @param total  the sum over the types each month, null for a gap
 * @param series one line per crime type, busiest first
 */
public record TimeSeries(List<YearMonth> months, List<Long> total, List<Series> series) {

    public record Series(String type, long sum, List<Long> counts) {
    }

    /** The months without data, which a chart leaves blank. */
    public List<YearMonth> gaps() {
        return java.util.stream.IntStream.range(0, months.size()).filter(i -> total.get(i) == null)
                .mapToObj(months::get).toList();
    }
}
