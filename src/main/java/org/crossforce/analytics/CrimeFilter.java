package org.crossforce.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.locationtech.jts.geom.Geometry;

/**
 * What a dashboard is looking at; every panel follows it.
 *
 * @param forces the forces chosen; empty for every force the caller may see
 * @param types  crime types as the records name them (the 14 data.police.uk categories, or another
 *               system's occurrence types); empty for all
 * @param from   the first month, or null for twelve months up to {@code to}
 * @param to     the last month, or null for the latest month with crime
 * @param area   an area drawn or picked on the map (WGS84 longitude, latitude), or null for the
 *               forces' whole territory
 */
public record CrimeFilter(Set<ForceCode> forces, Set<String> types, YearMonth from, YearMonth to, Geometry area) {

    public CrimeFilter {
        forces = Set.copyOf(forces);
        types = Set.copyOf(types);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period runs from " + from + " to " + to + ": the first month is after the last");
        }
        if (area != null && (area.isEmpty() || area.getDimension() != 2)) {
            throw new IllegalArgumentException("An area is a polygon");
        }
    }

    public static CrimeFilter everything() {
        return new CrimeFilter(Set.of(), Set.of(), null, null, null);
    }

    public CrimeFilter period(YearMonth first, YearMonth last) {
        return new CrimeFilter(forces, types, first, last, area);
    }

    public CrimeFilter onlyForces(Set<ForceCode> chosen) {
        return new CrimeFilter(chosen, types, from, to, area);
    }

    public CrimeFilter onlyTypes(Set<String> chosen) {
        return new CrimeFilter(forces, chosen, from, to, area);
    }

    public boolean hasPeriod() {
        return from != null && to != null;
    }

    /** The months of the period, oldest first. */
    public List<YearMonth> months() {
        if (!hasPeriod()) {
            throw new IllegalStateException("The period is not settled yet");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** As many months again, just before. */
    public CrimeFilter previousPeriod() {
        int length = months().size();
        return period(from.minusMonths(length), from.minusMonths(1));
    }

    /** The same months a year before. */
    public CrimeFilter yearEarlier() {
        return period(from.minusYears(1), to.minusYears(1));
    }
}
