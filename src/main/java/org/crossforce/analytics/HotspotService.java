package org.crossforce.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.Forces;
import org.crossforce.geography.GridCell;
import org.crossforce.search.Readers;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

/**
 * The hotspot dashboard's answers: headline figures, trends, force comparison, busy areas, the
 * hotspot layers, their accuracy, and the crimes behind every number. Each answer counts only
 * the records the caller may see, for a purpose the caller has stated, and is on the audit trail.
 */
@Service
public class HotspotService {

    /** The most cells a layer sends to a browser at once. */
    public static final int MOST_CELLS_SHOWN = 5_000;

    /** How far into a selection's crimes a list or export reaches: Elasticsearch's result window. */
    public static final int MOST_CRIMES_LISTED = 10_000;

    private final CrimeIndex index;
    private final Territories territories;
    private final Forces forces;
    private final AuditTrail audit;

    HotspotService(CrimeIndex index, Territories territories, Forces forces, AuditTrail audit) {
        this.index = index;
        this.territories = territories;
        this.forces = forces;
        this.audit = audit;
    }

    /**
     * The filter with its period settled: up to the latest month with crime in the caller's
     * scope, twelve months long, unless the filter says otherwise.
     */
    public CrimeFilter settle(Caller caller, CrimeFilter filter) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        if (filter.hasPeriod()) {
            return filter;
        }
        YearMonth to = filter.to();
        if (to == null) {
            YearMonth latest = latestMonth(caller, filter);
            to = filter.from() != null && filter.from().isAfter(latest) ? filter.from().plusMonths(11) : latest;
        }
        YearMonth from = filter.from() != null ? filter.from() : to.minusMonths(11);
        return filter.period(from, to);
    }

    /** The crime types in the caller's scope for the filter's forces and period, most common first. */
    public List<String> types(Caller caller, CrimeFilter filter) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        return sortedByCount(index.byType(index.delivered(caller, filter.onlyTypes(Set.of()))));
    }

    /** The months for which any of the filter's forces delivered crime records, oldest first. */
    public List<YearMonth> months(Caller caller, CrimeFilter filter) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        return index.byMonth(index.delivered(caller, new CrimeFilter(filter.forces(), Set.of(), null, null, null)))
                .keySet().stream().map(YearMonth::parse).sorted().toList();
    }

    public HeadlineFigures headline(Caller caller, CrimeFilter asked) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        CrimeFilter filter = settle(caller, asked);
        Query where = index.where(caller, filter);
        long count = index.count(where);
        long located = index.count(CrimeIndex.located(where));
        Map<String, Set<Integer>> delivered = deliveredMonths(caller, filter);
        CrimeFilter year = filter.yearEarlier();
        // Beyond twelve months a year earlier overlaps the period itself: the counts share crimes.
        boolean overlaps = filter.months().size() > 12;
        HeadlineFigures figures = new HeadlineFigures(filter.from(), filter.to(), count, located,
                change(caller, count, filter.previousPeriod(), delivered.equals(deliveredMonths(caller, filter.previousPeriod()))),
                change(caller, count, year, !overlaps && delivered.equals(deliveredMonths(caller, year))));
        audited(caller, "headline", filter, Map.of("count", count));
        return figures;
    }

    private HeadlineFigures.Change change(Caller caller, long count, CrimeFilter baseline, boolean comparable) {
        long before = index.count(index.where(caller, baseline));
        return HeadlineFigures.Change.of(count, before, baseline.from(), baseline.to(), comparable);
    }

    /**
     * Which months of its period each force delivered, as positions from the period's first month:
     * two periods compare only when the same forces delivered the same positions.
     */
    private Map<String, Set<Integer>> deliveredMonths(Caller caller, CrimeFilter filter) {
        Map<String, Set<Integer>> positions = new java.util.TreeMap<>();
        index.monthsByForce(index.delivered(caller, filter)).forEach((force, months) -> positions.put(force,
                months.stream().map(m -> (int) filter.from().until(YearMonth.parse(m), java.time.temporal.ChronoUnit.MONTHS))
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
        return positions;
    }

    /**
     * The months of the period with data from every force that delivered any: a month only some
     * forces delivered would read as a dip, so it counts as missing.
     */
    private Set<String> completeMonths(Caller caller, CrimeFilter filter) {
        Map<String, Set<String>> byForce = index.monthsByForce(index.delivered(caller, filter));
        Set<String> complete = new TreeSet<>();
        for (YearMonth month : filter.months()) {
            if (!byForce.isEmpty() && byForce.values().stream().allMatch(m -> m.contains(month.toString()))) {
                complete.add(month.toString());
            }
        }
        return complete;
    }

    public TimeSeries timeSeries(Caller caller, CrimeFilter asked) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        CrimeFilter filter = settle(caller, asked);
        List<YearMonth> months = filter.months();
        Set<String> delivered = completeMonths(caller, filter);
        Map<String, Map<String, Long>> counts = index.byMonthAndType(index.where(caller, filter));
        Map<String, Long> sums = new LinkedHashMap<>();
        counts.values().forEach(types -> types.forEach((type, n) -> sums.merge(type, n, Long::sum)));
        List<TimeSeries.Series> series = new ArrayList<>();
        for (String type : sortedByCount(sums)) {
            List<Long> line = new ArrayList<>();
            for (YearMonth month : months) {
                line.add(delivered.contains(month.toString())
                        ? counts.getOrDefault(month.toString(), Map.of()).getOrDefault(type, 0L) : null);
            }
            series.add(new TimeSeries.Series(type, sums.get(type), line));
        }
        List<Long> total = new ArrayList<>();
        for (YearMonth month : months) {
            total.add(delivered.contains(month.toString())
                    ? counts.getOrDefault(month.toString(), Map.of()).values().stream().mapToLong(Long::longValue).sum()
                    : null);
        }
        audited(caller, "time series", filter, Map.of());
        return new TimeSeries(months, total, series);
    }

    /** Each force's count in the period against the one before, also per km² of its territory. */
    public List<ForceFigures> forces(Caller caller, CrimeFilter asked) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        CrimeFilter filter = settle(caller, asked);
        Map<String, Long> now = index.byForce(index.where(caller, filter));
        Map<String, Long> before = index.byForce(index.where(caller, filter.previousPeriod()));
        Map<String, Set<Integer>> deliveredNow = deliveredMonths(caller, filter);
        Map<String, Set<Integer>> deliveredBefore = deliveredMonths(caller, filter.previousPeriod());
        Set<String> shown = new TreeSet<>(now.keySet());
        filter.forces().forEach(f -> shown.add(f.value()));
        List<ForceFigures> figures = new ArrayList<>();
        for (String code : shown) {
            ForceCode force = ForceCode.of(code);
            long count = now.getOrDefault(code, 0L);
            boolean comparable = deliveredBefore.containsKey(code)
                    && deliveredBefore.get(code).equals(deliveredNow.getOrDefault(code, Set.of()));
            Long previous = comparable ? before.getOrDefault(code, 0L) : null;
            PoissonChange change = PoissonChange.of(count, previous == null ? count : previous);
            double km2 = territories.km2(force);
            figures.add(new ForceFigures(force, forces.nameOf(force), count, previous, change.z(),
                    previous != null && change.significant(), km2, km2 > 0 ? count / km2 : null));
        }
        figures.sort(Comparator.comparingLong(ForceFigures::count).reversed());
        audited(caller, "forces", filter, Map.of());
        return figures;
    }

    /**
     * The busiest areas of the period with their change: LSOAs, or grid cells of {@code cellSize}
     * when {@code byCell}.
     */
    public List<AreaFigures> areas(Caller caller, CrimeFilter asked, boolean byCell, int cellSize, int size) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        requireCellSize(cellSize);
        CrimeFilter filter = settle(caller, asked);
        String field = byCell ? CrimeIndex.cellField(cellSize) : "record.lsoa";
        Map<String, Long> top = index.top(index.where(caller, filter), field, Math.clamp(size, 1, 100));
        boolean comparable = deliveredMonths(caller, filter).equals(deliveredMonths(caller, filter.previousPeriod()));
        Map<String, Long> before = comparable ? index.countsOf(index.where(caller, filter.previousPeriod()), field,
                List.copyOf(top.keySet())) : Map.of();
        Map<String, String> names = byCell ? Map.of() : index.lsoaNames(index.where(caller, filter), List.copyOf(top.keySet()));
        List<AreaFigures> areas = new ArrayList<>();
        top.forEach((key, count) -> {
            Long then = comparable ? before.getOrDefault(key, 0L) : null;
            PoissonChange change = PoissonChange.of(count, then == null ? count : then);
            areas.add(new AreaFigures(key, names.getOrDefault(key, key), count, then, change.z(),
                    then != null && change.significant()));
        });
        audited(caller, "areas", filter, Map.of("by", byCell ? "cell" : "lsoa"));
        return areas;
    }

    /**
     * A hotspot layer.
     *
     * @param bandwidth the kernel's reach in metres (kde); null for twice the cell size
     * @param view      the part of the map in sight (longitude, latitude), or null for all of it;
     *                  the statistics always cover the whole selection
     * @param limit     the most cells to answer with, hottest first
     */
    public HotspotLayer hotspots(Caller caller, CrimeFilter asked, HotspotMethod method, int cellSize, Double bandwidth,
            Envelope view, int limit) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        requireCellSize(cellSize);
        if (bandwidth != null && (bandwidth < 50 || bandwidth > 5_000)) {
            throw new IllegalArgumentException("The bandwidth is between 50 and 5,000 metres, not " + bandwidth);
        }
        double h = bandwidth != null ? bandwidth : 2.0 * cellSize;
        CrimeFilter filter = settle(caller, asked);
        Query where = index.where(caller, filter);
        long total = index.count(where);
        long located = index.count(CrimeIndex.located(where));
        int studyCells = 0;
        List<HotspotCell> cells;
        switch (method) {
            case COUNT -> cells = Hotspots.count(index.byCell(where, cellSize));
            case KDE -> cells = Hotspots.kde(index.byCell(where, 100), index.byCell(where, cellSize), cellSize, h);
            case GI -> {
                StudyArea study = study(caller, filter, cellSize);
                studyCells = study.count();
                cells = Hotspots.gi(study, index.byCell(where, cellSize));
            }
            case EMERGING -> {
                StudyArea study = study(caller, filter, cellSize);
                studyCells = study.count();
                List<YearMonth> months = filter.months();
                Set<String> delivered = completeMonths(caller, filter);
                boolean[] has = new boolean[months.size()];
                for (int i = 0; i < has.length; i++) {
                    has[i] = delivered.contains(months.get(i).toString());
                }
                cells = Hotspots.emerging(study, index.byCellAndMonth(where, cellSize, months), has);
            }
            default -> throw new IllegalStateException(method.name());
        }
        Envelope sight = view == null ? null : onGrid(view);
        List<HotspotCell> visible = sight == null ? cells
                : cells.stream().filter(c -> sight.intersects(new Envelope(c.cell().easting(),
                        c.cell().easting() + cellSize, c.cell().northing(), c.cell().northing() + cellSize))).toList();
        List<HotspotCell> shown = visible.stream()
                .sorted(Comparator.comparingDouble((HotspotCell c) -> -Math.abs(c.score())).thenComparing(HotspotCell::id))
                .limit(Math.clamp(limit, 1, MOST_CELLS_SHOWN))
                .toList();
        audited(caller, "hotspots", filter, Map.of("method", method.code(), "cell", cellSize, "cells", cells.size()));
        return new HotspotLayer(method, cellSize, method == HotspotMethod.KDE ? h : 0, filter.from(), filter.to(),
                studyCells, visible.size(), located, total - located, shown);
    }

    /**
     * How well each method, fed the {@code train} months before {@code month}, would have
     * foretold where that month's crimes fell in the force's territory.
     */
    public AccuracyTable accuracy(Caller caller, ForceCode force, String type, YearMonth month, int train, int cellSize) {
        Readers.require(audit, caller, AuditAction.VIEW_STATISTICS, List.of());
        requireCellSize(cellSize);
        if (train < 1 || train > 36) {
            throw new IllegalArgumentException("Training takes 1 to 36 months before the month foretold, not " + train);
        }
        if (!territories.hasBoundary(force)) {
            throw new IllegalArgumentException("Crossforce holds no boundary for " + forces.nameOf(force)
                    + ", so its hotspots cannot be measured against its area");
        }
        CrimeFilter base = new CrimeFilter(Set.of(force), type == null || type.isBlank() ? Set.of() : Set.of(type),
                null, null, null);
        StudyArea study = territories.of(Set.of(force), null, cellSize);
        CrimeFilter past = base.period(month.minusMonths(train), month.minusMonths(1));
        Query trained = index.where(caller, past);
        double[] actual = Hotspots.values(study, index.byCell(index.where(caller, base.period(month, month)), cellSize));
        double[] counts = Hotspots.values(study, index.byCell(trained, cellSize));
        double[] density = Hotspots.kdeScores(study, index.byCell(trained, 100), 2.0 * cellSize);
        double[] z = GiStar.z(counts, study.neighbours());
        long[] observed = java.util.Arrays.stream(actual).mapToLong(v -> (long) v).toArray();
        List<AccuracyTable.MethodAccuracy> methods = List.of(
                measure(HotspotMethod.COUNT, counts, observed),
                measure(HotspotMethod.KDE, density, observed),
                measure(HotspotMethod.GI, z, observed));
        audited(caller, "accuracy", past, Map.of("month", month.toString()));
        return new AccuracyTable(force, base.types().isEmpty() ? null : type, month, train, cellSize, study.count(),
                java.util.Arrays.stream(observed).sum(), (long) java.util.Arrays.stream(counts).sum(), methods);
    }

    private static AccuracyTable.MethodAccuracy measure(HotspotMethod method, double[] predicted, long[] actual) {
        if (predicted.length == 0) {
            return AccuracyTable.MethodAccuracy.of(method, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        HotspotAccuracy one = HotspotAccuracy.of(predicted, actual, 0.01);
        HotspotAccuracy five = HotspotAccuracy.of(predicted, actual, 0.05);
        return AccuracyTable.MethodAccuracy.of(method, one.pai(), one.pei(), five.pai(), five.pei());
    }

    /**
     * The crimes behind a number, newest first: of the whole selection, of one grid cell (its id
     * names its size) or of one LSOA.
     */
    public CrimePage crimes(Caller caller, CrimeFilter asked, String cellId, String lsoa, int page, int size) {
        if (page < 0 || size < 1 || size > 1_000 || (page + 1L) * size > MOST_CRIMES_LISTED) {
            throw new IllegalArgumentException("A page is numbered from 0 and holds 1 to 1,000 crimes, within the first "
                    + MOST_CRIMES_LISTED + "; narrow the selection to see further");
        }
        return listed(caller, AuditAction.VIEW_CRIMES, asked, cellId, lsoa, page, size);
    }

    /** The first {@value #MOST_CRIMES_LISTED} crimes of a selection, for a CSV or GeoJSON export. */
    public CrimePage export(Caller caller, CrimeFilter asked, String cellId, String lsoa) {
        return listed(caller, AuditAction.EXPORT, asked, cellId, lsoa, 0, MOST_CRIMES_LISTED);
    }

    private CrimePage listed(Caller caller, AuditAction action, CrimeFilter asked, String cellId, String lsoa, int page,
            int size) {
        Readers.require(audit, caller, action, List.of());
        CrimeFilter filter = settle(caller, asked);
        Query where = index.where(caller, filter);
        if (cellId != null && !cellId.isBlank()) {
            GridCell cell = GridCell.parse(cellId.strip());
            where = CrimeIndex.inCell(where, cell.id(), cell.size());
        }
        if (lsoa != null && !lsoa.isBlank()) {
            where = CrimeIndex.inLsoa(where, lsoa.strip());
        }
        CrimePage crimes = index.list(where, page, size);
        Map<String, Object> details = new LinkedHashMap<>(filterDetails(filter));
        details.put("cell", cellId == null ? "" : cellId);
        details.put("lsoa", lsoa == null ? "" : lsoa);
        details.put("total", crimes.total());
        audit.record(AuditEvent.ok(caller, action, crimes.crimes().stream().map(CrimeRow::id).toList(), details));
        return crimes;
    }

    private StudyArea study(Caller caller, CrimeFilter filter, int cellSize) {
        Collection<ForceCode> studied = filter.forces();
        if (studied.isEmpty() && filter.area() == null) {
            studied = index.byForce(index.where(caller, filter)).keySet().stream().map(ForceCode::of).toList();
        }
        return territories.of(studied, filter.area(), cellSize);
    }

    private YearMonth latestMonth(Caller caller, CrimeFilter filter) {
        return index.byMonth(index.delivered(caller, new CrimeFilter(filter.forces(), Set.of(), null, null, null)))
                .keySet().stream().map(YearMonth::parse).max(Comparator.naturalOrder())
                .orElse(YearMonth.now(java.time.ZoneId.of("Europe/London")).minusMonths(1));
    }

    /** The box on the grid that holds a box of longitude and latitude (the grid is turned a little against it). */
    private static Envelope onGrid(Envelope view) {
        Envelope grid = new Envelope();
        for (double lon : new double[] {view.getMinX(), view.getMaxX()}) {
            for (double lat : new double[] {view.getMinY(), view.getMaxY()}) {
                var p = org.crossforce.geography.NationalGrid.toGrid(lat, lon);
                grid.expandToInclude(p.easting(), p.northing());
            }
        }
        return grid;
    }

    private static void requireCellSize(int size) {
        if (!GridCell.SIZES.contains(size)) {
            throw new IllegalArgumentException("A grid cell is 100, 250, 500 or 1000 metres a side, not " + size);
        }
    }

    private static List<String> sortedByCount(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private void audited(Caller caller, String panel, CrimeFilter filter, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("panel", panel);
        details.putAll(filterDetails(filter));
        details.putAll(more);
        audit.record(AuditEvent.ok(caller, AuditAction.VIEW_STATISTICS, List.of(), details));
    }

    private static Map<String, Object> filterDetails(CrimeFilter filter) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("forces", filter.forces().stream().map(ForceCode::value).sorted().toList());
        details.put("types", filter.types().stream().sorted().toList());
        details.put("from", filter.from() == null ? "" : filter.from().toString());
        details.put("to", filter.to() == null ? "" : filter.to().toString());
        details.put("area", filter.area() == null ? "" : "drawn");
        return details;
    }
}
