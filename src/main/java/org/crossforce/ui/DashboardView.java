package org.crossforce.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.analytics.AccuracyTable;
import org.crossforce.analytics.AreaFigures;
import org.crossforce.analytics.CrimeFilter;
import org.crossforce.analytics.CrimePage;
import org.crossforce.analytics.CrimeRow;
import org.crossforce.analytics.ForceFigures;
import org.crossforce.analytics.GeoJson;
import org.crossforce.analytics.HeadlineFigures;
import org.crossforce.analytics.HotspotLayer;
import org.crossforce.analytics.HotspotMethod;
import org.crossforce.analytics.HotspotService;
import org.crossforce.geography.Shapes;
import org.crossforce.forces.Force;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisors' hotspot dashboard: where crime concentrates, whether that is more than chance,
 * what is new or getting worse, how forces compare, and the crimes behind every number. Every
 * panel follows the filters, and the whole state is in the address.
 */
@Route("hotspots")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@PageTitle("Hotspots · Crossforce")
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** From this zoom on, the crimes themselves are drawn as points. */
    private static final int POINTS_FROM_ZOOM = 16;
    private static final String EMPTY = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    private final HotspotService hotspots;
    private final Forces forces;
    private final ForceBoundaries boundaries;
    private final CurrentCaller caller;
    private final MapProperties mapProperties;

    private final MultiSelectComboBox<Force> forcePicker = new MultiSelectComboBox<>("Forces");
    private final MultiSelectComboBox<String> typePicker = new MultiSelectComboBox<>("Crime types");
    private final ComboBox<YearMonth> fromPicker = new ComboBox<>("From");
    private final ComboBox<YearMonth> toPicker = new ComboBox<>("To");
    private final Select<Integer> cellPicker = new Select<>();
    private final Select<HotspotMethod> layerPicker = new Select<>();
    private final Button drawArea = new Button("Draw area", VaadinIcon.PENCIL.create());
    private final Button clearArea = new Button("Clear area", VaadinIcon.CLOSE_SMALL.create());
    private final MenuBar exports = new MenuBar();
    private final Div message = new Div();
    private final HorizontalLayout headline = new HorizontalLayout();
    private final HotspotMap map = new HotspotMap();
    private final Span layerNote = new Span();
    private final VerticalLayout drill = new VerticalLayout();
    private final TrendChart timeChart = new TrendChart();
    private final Span gaps = new Span();
    private final TrendChart forceChart = new TrendChart();
    private final Grid<ForceFigures> forceGrid = new Grid<>();
    private final Grid<AreaFigures> areaGrid = new Grid<>();
    private final Grid<AccuracyTable.MethodAccuracy> accuracyGrid = new Grid<>();
    private final Span accuracyNote = new Span();

    private DashboardState state = DashboardState.of(com.vaadin.flow.router.QueryParameters.empty());
    private boolean quiet;
    private boolean started;
    private boolean outlinesSent;

    DashboardView(HotspotService hotspots, Forces forces, ForceBoundaries boundaries, CurrentCaller caller,
            MapProperties mapProperties) {
        this.hotspots = hotspots;
        this.forces = forces;
        this.boundaries = boundaries;
        this.caller = caller;
        this.mapProperties = mapProperties;
        addClassName("cf-page");
        addClassName("cf-dashboard");
        setPadding(false);
        add(new H2("Hotspots"), filters(), message, headline, mapRow(), timeRow(), comparisonRow(), areaRow());
        message.setVisible(false);
        message.setId("dashboard-message");
        headline.setId("dashboard-headline");
        headline.setWidthFull();
        headline.addClassName("cf-figures");
    }

    private Component filters() {
        forcePicker.setItemLabelGenerator(Force::name);
        forcePicker.setPlaceholder("Every force you may see");
        forcePicker.setId("dashboard-forces");
        forcePicker.setWidth("18rem");
        typePicker.setPlaceholder("All crime types");
        typePicker.setId("dashboard-types");
        typePicker.setWidth("18rem");
        fromPicker.setItemLabelGenerator(DashboardCharts::month);
        toPicker.setItemLabelGenerator(DashboardCharts::month);
        fromPicker.setId("dashboard-from");
        toPicker.setId("dashboard-to");
        fromPicker.setWidth("9.5rem");
        toPicker.setWidth("9.5rem");
        cellPicker.setLabel("Cell size");
        cellPicker.setItems(100, 250, 500, 1000);
        cellPicker.setItemLabelGenerator(size -> size + " m");
        cellPicker.setId("dashboard-cell");
        cellPicker.setWidth("7rem");
        layerPicker.setLabel("Layer");
        layerPicker.setItems(HotspotMethod.values());
        layerPicker.setItemLabelGenerator(DashboardView::layerName);
        layerPicker.setId("dashboard-layer");
        layerPicker.setWidth("13rem");
        forcePicker.addValueChangeListener(e -> changed(state.withForces(
                e.getValue().stream().map(f -> f.code().value()).collect(Collectors.toSet()))));
        typePicker.addValueChangeListener(e -> changed(state.withTypes(e.getValue())));
        fromPicker.addValueChangeListener(e -> changed(state.withPeriod(e.getValue(), state.to())));
        toPicker.addValueChangeListener(e -> changed(state.withPeriod(state.from(), e.getValue())));
        cellPicker.addValueChangeListener(e -> changed(state.withCell(e.getValue() == null ? 250 : e.getValue())));
        layerPicker.addValueChangeListener(e -> changed(state.withLayer(e.getValue() == null ? HotspotMethod.GI : e.getValue())));
        drawArea.setId("dashboard-draw-area");
        drawArea.addClickListener(e -> {
            map.startDrawing();
            notice("Click the corners of the area on the map; double-click, or click the first corner, to finish.");
        });
        clearArea.setId("dashboard-clear-area");
        clearArea.addClickListener(e -> changed(state.withArea(null)));
        exports.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        exports.setId("dashboard-export");
        FlexLayout bar = new FlexLayout(forcePicker, typePicker, fromPicker, toPicker, cellPicker, layerPicker, drawArea,
                clearArea, exports);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("cf-filter-bar");
        bar.setWidthFull();
        return bar;
    }

    private Component mapRow() {
        map.setId("dashboard-map");
        map.setWidthFull();
        map.setHeight("560px");
        map.addCellClickListener(e -> open(e.cellId()));
        map.addViewChangeListener(e -> viewMoved(e.latitude(), e.longitude(), e.zoom(), e.bbox()));
        map.addAreaDrawnListener(e -> changed(state.withArea(e.geoJson())));
        map.addForceClickListener(e -> forces.find(e.force()).ifPresent(f -> {
            if (!state.forces().equals(Set.of(f.code().value()))) {
                notice("Showing " + f.name() + " only. Clear the forces filter to see every force again.");
                forcePicker.setValue(Set.of(f));
            }
        }));
        layerNote.addClassName("cf-muted");
        layerNote.setId("dashboard-layer-note");
        VerticalLayout left = new VerticalLayout(map, layerNote);
        left.setPadding(false);
        left.setSpacing(false);
        drill.setId("dashboard-drill");
        drill.setPadding(false);
        drill.setWidth("34rem");
        drill.setHeight("590px");
        drill.addClassName("cf-drill");
        HorizontalLayout row = new HorizontalLayout(left, drill);
        row.setWidthFull();
        row.expand(left);
        return row;
    }

    private Component timeRow() {
        timeChart.setId("dashboard-time-series");
        timeChart.setWidthFull();
        timeChart.setHeight("320px");
        timeChart.addChartClickListener(e -> monthClicked(e.name()));
        gaps.addClassName("cf-muted");
        gaps.setId("dashboard-gaps");
        VerticalLayout box = panel("Crimes per month, by type", timeChart, gaps);
        box.setWidthFull();
        return box;
    }

    private Component comparisonRow() {
        forceChart.setId("dashboard-force-chart");
        forceChart.setWidthFull();
        forceChart.setHeight("280px");
        forceGrid.addColumn(ForceFigures::name).setHeader("Force").setFlexGrow(2).setWidth("13rem");
        forceGrid.addColumn(f -> String.format(Locale.UK, "%,d", f.count())).setHeader("Crimes").setAutoWidth(true);
        forceGrid.addColumn(f -> count(f.previous())).setHeader("Period before").setAutoWidth(true);
        forceGrid.addComponentColumn(f -> change(f.count(), f.previous(), f.z(), f.significant())).setHeader("Change")
                .setAutoWidth(true);
        forceGrid.addColumn(f -> f.perKm2() == null ? "no boundary" : String.format(Locale.UK, "%,.1f", f.perKm2()))
                .setHeader("Per km²").setAutoWidth(true);
        forceGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        forceGrid.setAllRowsVisible(true);
        forceGrid.setId("dashboard-forces-table");
        VerticalLayout chart = panel("Crimes per km² of force area", forceChart);
        VerticalLayout table = panel("Forces, against the period before", forceGrid);
        HorizontalLayout row = new HorizontalLayout(chart, table);
        row.setWidthFull();
        row.setFlexGrow(1, chart, table);
        return row;
    }

    private Component areaRow() {
        areaGrid.addColumn(AreaFigures::name).setHeader("Area (LSOA)").setFlexGrow(2);
        areaGrid.addColumn(a -> String.format(Locale.UK, "%,d", a.count())).setHeader("Crimes").setAutoWidth(true);
        areaGrid.addColumn(a -> count(a.previous())).setHeader("Period before").setAutoWidth(true);
        areaGrid.addComponentColumn(a -> change(a.count(), a.previous(), a.z(), a.significant())).setHeader("Change")
                .setAutoWidth(true);
        areaGrid.addItemClickListener(e -> openLsoa(e.getItem()));
        areaGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        areaGrid.setAllRowsVisible(true);
        areaGrid.setId("dashboard-areas");
        accuracyGrid.addColumn(m -> layerName(m.method())).setHeader("Method").setFlexGrow(2);
        accuracyGrid.addColumn(m -> decimal(m.pai1())).setHeader("PAI 1 %").setAutoWidth(true);
        accuracyGrid.addColumn(m -> decimal(m.pei1())).setHeader("PEI* 1 %").setAutoWidth(true);
        accuracyGrid.addColumn(m -> decimal(m.pai5())).setHeader("PAI 5 %").setAutoWidth(true);
        accuracyGrid.addColumn(m -> decimal(m.pei5())).setHeader("PEI* 5 %").setAutoWidth(true);
        accuracyGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        accuracyGrid.setAllRowsVisible(true);
        accuracyGrid.setId("dashboard-accuracy");
        accuracyNote.addClassName("cf-muted");
        accuracyNote.setId("dashboard-accuracy-note");
        VerticalLayout areas = panel("Busiest areas (click one for its crimes)", areaGrid);
        VerticalLayout accuracy = panel("How accurate were the hotspots?", accuracyNote, accuracyGrid);
        HorizontalLayout row = new HorizontalLayout(areas, accuracy);
        row.setWidthFull();
        row.setFlexGrow(1, areas, accuracy);
        return row;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = DashboardState.of(event.getLocation().getQueryParameters());
        PurposeDialog.thenRun(caller, this::start);
    }

    private void start() {
        Caller who = caller.get();
        List<YearMonth> months;
        try {
            months = hotspots.months(who, CrimeFilter.everything());
        } catch (RuntimeException e) {
            failed("The dashboard could not be opened", e);
            return;
        }
        if (months.isEmpty()) {
            message.removeAll();
            message.add(new Span("No crime records yet. Load data.police.uk street-level CSVs or another system's "
                    + "crime export on the Ingestion page, and they appear here."));
            message.setClassName("cf-empty");
            message.setVisible(true);
            return;
        }
        try {
            filter(state);
        } catch (RuntimeException e) {
            notice("The address held a filter Crossforce could not read (" + e.getMessage() + "): showing every force.");
            state = new DashboardState(Set.of(), Set.of(), state.from(), state.to(), state.cell(), state.layer(), null, null,
                    null, null, null);
        }
        quiet = true;
        try {
            List<YearMonth> newestFirst = months.reversed();
            fromPicker.setItems(newestFirst);
            toPicker.setItems(newestFirst);
            CrimeFilter settled = hotspots.settle(who, filter(state));
            state = state.withPeriod(settled.from(), settled.to()).opening(state.opened());
            Set<ForceCode> visible = who.grants().stream().map(g -> g.force()).collect(Collectors.toSet());
            forcePicker.setItems(forces.all().stream()
                    .filter(f -> visible.isEmpty() || visible.contains(f.code()) || state.forces().contains(f.code().value()))
                    .toList());
            typePicker.setItems(hotspots.types(who, filter(state).period(null, null)));
        } catch (RuntimeException e) {
            failed("The dashboard could not be opened", e);
            return;
        } finally {
            quiet = false;
        }
        showPickers();
        map.setTiles(mapProperties.tileUrl(), mapProperties.tileAttribution());
        started = true;
        // A bookmarked view of the map wins over fitting the chosen forces.
        refresh(state.zoom() == null);
    }

    private void changed(DashboardState next) {
        if (quiet || !started) {
            return;
        }
        if (next.from() != null && next.to() != null && next.from().isAfter(next.to())) {
            notice("The first month is after the last: choose a period that runs forwards.");
            showPickers();
            return;
        }
        try {
            filter(next);
        } catch (RuntimeException e) {
            // A drawn area that crosses itself, say: the dashboard stays as it was.
            notice(e.getMessage());
            showPickers();
            return;
        }
        boolean placeChanged = !next.forces().equals(state.forces()) || !java.util.Objects.equals(next.area(), state.area());
        state = next;
        if (placeChanged) {
            attempt("crime types", this::offerTypes, () -> { });
        }
        refresh(placeChanged);
    }

    private void refresh(boolean fit) {
        remember();
        message.removeAll();
        message.setVisible(false);
        Caller who = caller.get();
        CrimeFilter filter = filter(state);
        updateExports();
        showForces(fit);
        map.showArea(state.area());
        clearArea.setEnabled(state.area() != null);
        attempt("headline figures", () -> showHeadline(hotspots.headline(who, filter)), headline::removeAll);
        attempt("hotspot layer", () -> showLayer(hotspots.hotspots(who, filter, state.layer(), state.cell(), null, null,
                HotspotService.MOST_CELLS_SHOWN)), () -> {
                    map.showCells(EMPTY, state.layer().code());
                    layerNote.setText("");
                });
        attempt("time series", () -> {
            var series = hotspots.timeSeries(who, filter);
            timeChart.setOption(DashboardCharts.timeSeries(series));
            gaps.setText(series.gaps().isEmpty() ? "Every month of the period holds data."
                    : "No data, or not from every force, for " + DashboardCharts.runs(series.gaps())
                            + ": those months are left blank, not counted as none.");
        }, () -> {
            timeChart.setOption(Map.of());
            gaps.setText("");
        });
        attempt("force comparison", () -> {
            List<ForceFigures> figures = hotspots.forces(who, filter);
            forceChart.setOption(DashboardCharts.forces(figures));
            forceGrid.setItems(figures);
            attempt("hotspot accuracy", () -> showAccuracy(who, filter, figures), this::clearAccuracy);
        }, () -> {
            forceChart.setOption(Map.of());
            forceGrid.setItems(List.of());
            clearAccuracy();
        });
        attempt("busiest areas", () -> areaGrid.setItems(hotspots.areas(who, filter, false, state.cell(), 10)),
                () -> areaGrid.setItems(List.of()));
        if (state.opened() != null) {
            open(state.opened());
        } else {
            showDrillHint();
        }
    }

    private void offerTypes() {
        quiet = true;
        try {
            typePicker.setItems(hotspots.types(caller.get(), filter(state).period(null, null)));
            typePicker.setValue(state.types());
        } finally {
            quiet = false;
        }
    }

    /** The pickers back in line with what the dashboard shows. */
    private void showPickers() {
        quiet = true;
        try {
            forcePicker.setValue(forces.all().stream().filter(f -> state.forces().contains(f.code().value()))
                    .collect(Collectors.toSet()));
            typePicker.setValue(state.types());
            fromPicker.setValue(state.from());
            toPicker.setValue(state.to());
            cellPicker.setValue(state.cell());
            layerPicker.setValue(state.layer());
        } finally {
            quiet = false;
        }
    }

    private void clearAccuracy() {
        accuracyGrid.setItems(List.of());
        accuracyNote.setText("");
    }

    private void showForces(boolean fit) {
        if (outlinesSent) {
            // The outlines are some hundreds of kilobytes: sent once, then only which are chosen.
            map.chooseForces(JSON.writeValueAsString(state.forces()));
        } else {
            List<Map<String, Object>> features = new ArrayList<>();
            boundaries.outlines().forEach((code, outline) -> {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("code", code.value());
                properties.put("name", forces.nameOf(code));
                properties.put("chosen", state.forces().contains(code.value()));
                features.add(Map.of("type", "Feature", "geometry", Shapes.geoJson(outline), "properties", properties));
            });
            map.showForces(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", features)));
            outlinesSent = true;
        }
        if (state.latitude() != null && state.zoom() != null && !fit) {
            map.setView(state.latitude(), state.longitude(), state.zoom());
        } else if (state.latitude() != null && state.zoom() != null && state.forces().isEmpty() && state.area() == null) {
            map.setView(state.latitude(), state.longitude(), state.zoom());
        } else {
            extent().ifPresentOrElse(map::fit, () -> map.setView(52.6, -1.5, 6));
        }
    }

    /** The chosen forces' areas, or the drawn area, as west,south,east,north. */
    private Optional<String> extent() {
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        if (state.area() != null) {
            box.expandToInclude(filter(state).area().getEnvelopeInternal());
        } else {
            state.forces().forEach(code -> boundaries.of(ForceCode.of(code))
                    .ifPresent(g -> box.expandToInclude(g.getEnvelopeInternal())));
        }
        if (box.isNull()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", box.getMinX(), box.getMinY(), box.getMaxX(),
                box.getMaxY()));
    }

    private void showHeadline(HeadlineFigures figures) {
        headline.removeAll();
        String period = DashboardCharts.month(figures.from()) + " – " + DashboardCharts.month(figures.to());
        Div count = card("Crimes, " + period, String.format(Locale.UK, "%,d", figures.count()),
                figures.count() == figures.located() ? "All on the map"
                        : String.format(Locale.UK, "%,d without a location: counted here, not on the map",
                                figures.count() - figures.located()));
        count.setId("dashboard-count");
        Div previous = changeCard("Against the period before", figures.previousPeriod(), figures.count());
        previous.setId("dashboard-previous");
        Div year = figures.yearEarlier().from().equals(figures.previousPeriod().from())
                ? card("Against a year earlier", "As above", "Twelve months before a twelve-month period are the period "
                        + "before. Choose fewer months to compare with the same months a year earlier.")
                : changeCard("Against a year earlier", figures.yearEarlier(), figures.count());
        year.setId("dashboard-year");
        headline.add(count, previous, year);
    }

    private Div changeCard(String title, HeadlineFigures.Change change, long count) {
        String when = DashboardCharts.month(change.from()) + " – " + DashboardCharts.month(change.to());
        if (!change.comparable()) {
            return card(title, "Not comparable", change.baseline() == 0
                    ? "Nothing was delivered for " + when + "."
                    : "Months are missing from " + when + " or from this period, or the two overlap, so a change "
                            + "would say nothing.");
        }
        String value = change.percent() == null ? "up from none"
                : String.format(Locale.UK, "%+.1f %%", change.percent());
        String verdict = change.significant()
                ? (count > change.baseline() ? "A significant rise" : "A significant fall")
                : "Within normal variation";
        Div card = card(title, value, String.format(Locale.UK, "%,d in %s. %s (Poisson z %.1f).", change.baseline(), when,
                verdict, change.z()));
        card.addClassName(change.significant() ? (count > change.baseline() ? "cf-rise" : "cf-fall") : "cf-steady");
        return card;
    }

    private static Div card(String title, String value, String note) {
        Span heading = new Span(title);
        heading.addClassName("cf-figure-title");
        Span figure = new Span(value);
        figure.addClassName("cf-figure-value");
        Span below = new Span(note);
        below.addClassName("cf-figure-note");
        Div card = new Div(heading, figure, below);
        card.addClassName("cf-figure");
        return card;
    }

    private void showLayer(HotspotLayer layer) {
        map.showCells(JSON.writeValueAsString(GeoJson.of(layer)), layer.method().code());
        String what = switch (layer.method()) {
            case COUNT -> "Crimes in each " + layer.cellSize() + " m square of the British National Grid.";
            case KDE -> String.format(Locale.UK, "Kernel density: crimes per km², each spread over %,.0f m (quartic kernel).",
                    layer.bandwidth());
            case GI -> String.format(Locale.UK, "Getis-Ord Gi* over %,d cells of the study area, empty ones included; "
                    + "confidence after the Benjamini-Hochberg false discovery rate.", layer.studyCells());
            case EMERGING -> String.format(Locale.UK, "Emerging hotspots: each month's Gi* over %,d cells and the "
                    + "Mann-Kendall trend across the months.%s", layer.studyCells(),
                    layer.from().until(layer.to(), java.time.temporal.ChronoUnit.MONTHS) < 9
                            ? " With fewer than ten months a trend can hardly show: choose a longer period." : "");
        };
        String unlocated = layer.unlocated() == 0 ? ""
                : String.format(Locale.UK, " %,d crimes without a location are not on the map.", layer.unlocated());
        layerNote.setText(what + unlocated + " Click a cell for its crimes.");
    }

    private void showAccuracy(Caller who, CrimeFilter filter, List<ForceFigures> figures) {
        Optional<ForceCode> force = accuracyForce(filter, figures);
        if (force.isEmpty()) {
            accuracyNote.setText("Choose a force with a boundary to see how well its hotspots foretold the next month.");
            accuracyGrid.setItems(List.of());
            return;
        }
        String type = filter.types().size() == 1 ? filter.types().iterator().next() : null;
        YearMonth last = hotspots.settle(who, filter).to();
        YearMonth month = hotspots.months(who, filter.onlyForces(Set.of(force.get()))).stream()
                .filter(m -> !m.isAfter(last)).reduce((a, b) -> b).orElse(last);
        AccuracyTable table = hotspots.accuracy(who, force.get(), type, month, 3, state.cell());
        if (table.crimes() == 0) {
            accuracyGrid.setItems(List.of());
            accuracyNote.setText("No crimes of this selection were recorded in " + forces.nameOf(table.force()) + " in "
                    + DashboardCharts.month(month) + ", so there is nothing to foretell.");
            return;
        }
        if (table.learnt() == 0) {
            accuracyGrid.setItems(List.of());
            accuracyNote.setText("No crimes of this selection were recorded in " + forces.nameOf(table.force()) + " in "
                    + DashboardCharts.month(month.minusMonths(table.train())) + " – "
                    + DashboardCharts.month(month.minusMonths(1)) + ", so no hotspots could be learnt to foretell "
                    + DashboardCharts.month(month) + ".");
            return;
        }
        accuracyGrid.setItems(table.methods());
        accuracyNote.setText(String.format(Locale.UK, "Hotspots learnt from %s – %s, flagging 1 %% and 5 %% of %s's area "
                + "(%,d cells of %d m), against the %,d crimes of %s%s. PAI above 1 beats chance; PEI* of 1 is the most "
                + "any choice of cells could catch.", DashboardCharts.month(table.month().minusMonths(table.train())),
                DashboardCharts.month(table.month().minusMonths(1)), forces.nameOf(table.force()), table.cells(),
                table.cellSize(), table.crimes(), DashboardCharts.month(table.month()),
                type == null ? "" : " (" + type + ")"));
    }

    private Optional<ForceCode> accuracyForce(CrimeFilter filter, List<ForceFigures> figures) {
        List<ForceCode> candidates = filter.forces().isEmpty() ? figures.stream().map(ForceFigures::force).toList()
                : filter.forces().stream().sorted(Comparator.comparing(ForceCode::value)).toList();
        return candidates.stream().filter(f -> boundaries.of(f).isPresent()).findFirst();
    }

    private void open(String cellId) {
        state = state.opening(cellId);
        remember();
        map.select(cellId);
        showCrimes("Crimes in cell " + cellId, () -> hotspots.crimes(caller.get(), filter(state), cellId, null, 0, 200));
    }

    private void openLsoa(AreaFigures area) {
        showCrimes("Crimes in " + area.name(), () -> hotspots.crimes(caller.get(), filter(state), null, area.key(), 0, 200));
    }

    private void monthClicked(String label) {
        YearMonth month = hotspots.settle(caller.get(), filter(state)).months().stream()
                .filter(m -> DashboardCharts.month(m).equals(label)).findFirst().orElse(null);
        if (month != null) {
            showCrimes("Crimes in " + label, () -> hotspots.crimes(caller.get(), filter(state).period(month, month), null,
                    null, 0, 200));
        }
    }

    private void showCrimes(String title, java.util.function.Supplier<CrimePage> load) {
        drill.removeAll();
        H3 heading = new H3(title);
        heading.setId("dashboard-drill-title");
        drill.add(heading);
        CrimePage page;
        try {
            page = load.get();
        } catch (RuntimeException e) {
            log.warn("Listing crimes failed", e);
            Div error = new Div(new Span("The crimes could not be listed: " + e.getMessage()));
            error.addClassName("cf-error");
            drill.add(error);
            return;
        }
        Span count = new Span(page.total() == 0 ? "No crimes in this selection."
                : page.total() <= page.crimes().size()
                        ? String.format(Locale.UK, "%,d crime%s, newest first.", page.total(), page.total() == 1 ? "" : "s")
                        : String.format(Locale.UK, "The newest %,d of %,d crimes; export the selection for all of them.",
                                page.crimes().size(), page.total()));
        count.addClassName("cf-muted");
        count.setId("dashboard-drill-count");
        Grid<CrimeRow> grid = new Grid<>();
        grid.addComponentColumn(c -> {
            Span month = new Span(DashboardCharts.month(c.month()));
            Anchor link = new Anchor("documents/" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8), "Open record");
            link.addClassName("cf-open-record");
            Div both = new Div(month, link);
            both.addClassName("cf-crime");
            return both;
        }).setHeader("Month").setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span type = new Span(c.type() == null ? "" : c.type());
            type.addClassName("cf-crime-type");
            Span where = new Span(c.location() == null ? "No location" : c.location());
            where.addClassName("cf-muted");
            Div both = new Div(type, where);
            both.addClassName("cf-crime");
            return both;
        }).setHeader("Crime and place").setFlexGrow(3);
        grid.addComponentColumn(c -> {
            Span outcome = new Span(c.outcome() == null || c.outcome().isBlank() ? "–" : c.outcome());
            Span force = new Span(forces.nameOf(ForceCode.of(c.force())));
            force.addClassName("cf-muted");
            Div both = new Div(outcome, force);
            both.addClassName("cf-crime");
            return both;
        }).setHeader("Outcome and force").setFlexGrow(3);

        grid.setItems(page.crimes());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("dashboard-crimes");
        grid.setSizeFull();
        drill.add(count, grid);
        drill.expand(grid);
    }

    private void showDrillHint() {
        drill.removeAll();
        Div hint = new Div(new Span("Click a cell on the map, an area in the table or a month on the chart to list "
                + "its crimes."));
        hint.addClassName("cf-empty");
        drill.add(hint);
    }

    private void viewMoved(double latitude, double longitude, int zoom, String bbox) {
        if (!started) {
            return;
        }
        state = state.withView(latitude, longitude, zoom);
        remember();
        if (zoom < POINTS_FROM_ZOOM) {
            map.showPoints(EMPTY);
            return;
        }
        attemptPoints(() -> {
            double[] b = java.util.Arrays.stream(bbox.split(",")).mapToDouble(Double::parseDouble).toArray();
            var shapes = new org.locationtech.jts.geom.GeometryFactory();
            org.locationtech.jts.geom.Geometry sight = shapes.toGeometry(new org.locationtech.jts.geom.Envelope(b[0], b[2],
                    b[1], b[3]));
            CrimeFilter chosen = filter(state);
            CrimeFilter inSight = new CrimeFilter(chosen.forces(), chosen.types(), chosen.from(), chosen.to(),
                    chosen.area() == null ? sight : chosen.area().intersection(sight));
            if (inSight.area().isEmpty()) {
                map.showPoints(EMPTY);
                return;
            }
            CrimePage crimes = hotspots.crimes(caller.get(), inSight, null, null, 0, 1000);
            List<Map<String, Object>> points = new ArrayList<>();
            for (CrimeRow c : crimes.crimes()) {
                if (c.latitude() != null) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("type", c.type());
                    p.put("location", c.location());
                    p.put("month", DashboardCharts.month(c.month()));
                    points.add(Map.of("type", "Feature", "geometry",
                            Map.of("type", "Point", "coordinates", List.of(c.longitude(), c.latitude())), "properties", p));
                }
            }
            map.showPoints(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", points)));
        });
    }

    private void attemptPoints(Runnable work) {
        attempt("crime points", work, () -> map.showPoints(EMPTY));
    }

    private void updateExports() {
        exports.removeAll();
        var item = exports.addItem(new Span(VaadinIcon.DOWNLOAD.create(), new Span(" Export")));
        SubMenu menu = item.getSubMenu();
        String query = restQuery();
        menu.addItem(download("Crimes as CSV", "api/hotspots/crimes/export?format=csv&" + query, "crimes.csv"));
        menu.addItem(download("Crimes as GeoJSON", "api/hotspots/crimes/export?format=geojson&" + query, "crimes.geojson"));
        menu.addItem(download("Hotspot layer as GeoJSON", "api/hotspots?download=true&method=" + state.layer().code()
                + "&cell=" + state.cell() + "&" + query, "hotspots.geojson"));
        menu.addItem("Map as PNG", e -> map.downloadPng("hotspot-map-" + state.layer().code() + ".png"));
        menu.addItem("Time series as PNG", e -> timeChart.downloadPng("crimes-per-month.png"));
        menu.addItem("Force comparison as PNG", e -> forceChart.downloadPng("forces-compared.png"));
    }

    private static Anchor download(String label, String href, String fileName) {
        Anchor link = new Anchor(href, label);
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private String restQuery() {
        List<String> parts = new ArrayList<>();
        state.forces().stream().sorted().forEach(f -> parts.add("force=" + encode(f)));
        state.types().stream().sorted().forEach(t -> parts.add("type=" + encode(t)));
        if (state.from() != null) {
            parts.add("from=" + state.from());
        }
        if (state.to() != null) {
            parts.add("to=" + state.to());
        }
        if (state.area() != null) {
            parts.add("area=" + encode(state.area()));
        }
        return String.join("&", parts);
    }

    private void remember() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new com.vaadin.flow.router.Location("hotspots",
                state.query()));
    }

    private CrimeFilter filter(DashboardState s) {
        return new CrimeFilter(s.forces().stream().map(forces::require).collect(Collectors.toSet()), s.types(), s.from(),
                s.to(), s.area() == null ? null : Shapes.parse(JSON.readValue(s.area(), Map.class)));
    }

    /** Runs one panel's work; if it fails, the panel is emptied rather than left showing the last filters. */
    private void attempt(String panel, Runnable work, Runnable clear) {
        try {
            work.run();
        } catch (RuntimeException e) {
            clear.run();
            failed("The " + panel + " could not be shown", e);
        }
    }

    private void failed(String what, RuntimeException e) {
        log.warn("{}", what, e);
        message.add(new Div(new Span(what + ": " + e.getMessage())));
        message.setClassName("cf-error");
        message.setVisible(true);
    }

    private void notice(String text) {
        com.vaadin.flow.component.notification.Notification.show(text, 5000,
                com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
    }

    private static VerticalLayout panel(String title, Component... content) {
        VerticalLayout panel = new VerticalLayout();
        panel.add(new H3(title));
        panel.add(content);
        panel.setPadding(false);
        panel.setSpacing(false);
        panel.addClassName("cf-panel");
        return panel;
    }

    private static String count(Long value) {
        return value == null ? "not comparable" : String.format(Locale.UK, "%,d", value);
    }

    private static Component change(long count, Long previous, double z, boolean significant) {
        if (previous == null) {
            Span none = new Span("–");
            none.getElement().setAttribute("title", "The period before lacks months this one has, or the other way round");
            return none;
        }
        Span text = new Span(previous == 0 ? (count == 0 ? "–" : "up from none")
                : String.format(Locale.UK, "%+.0f %%", 100.0 * (count - previous) / previous));
        if (significant) {
            text.add(new Span(count > previous ? " ▲" : " ▼"));
            text.addClassName(count > previous ? "cf-rise" : "cf-fall");
            text.getElement().setAttribute("title", String.format(Locale.UK, "Significant (Poisson z %.1f)", z));
        } else {
            text.getElement().setAttribute("title", String.format(Locale.UK, "Within normal variation (Poisson z %.1f)", z));
        }
        return text;
    }

    static String layerName(HotspotMethod method) {
        return switch (method) {
            case COUNT -> "Grid of counts";
            case KDE -> "Kernel density";
            case GI -> "Gi* hotspots";
            case EMERGING -> "Emerging hotspots";
        };
    }

    private static String decimal(Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.2f", value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
