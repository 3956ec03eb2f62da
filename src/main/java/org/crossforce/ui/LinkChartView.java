package org.crossforce.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.links.Chart;
import org.crossforce.links.ChartExport;
import org.crossforce.links.ChartMetrics;
import org.crossforce.links.ChartService;
import org.crossforce.links.EntityHit;
import org.crossforce.links.EntityQuery;
import org.crossforce.links.EntityService;
import org.crossforce.links.LinkFilter;
import org.crossforce.links.SavedChart;
import org.crossforce.security.CurrentCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link chart: start from an entity or a document, expand a node a hop at a time (double
 * click) within filters, find the shortest path to another entity, see how central each node is,
 * and save, export or print the chart. {@code /chart?start=<id>} opens a new chart,
 * {@code /chart?open=<saved chart>} a saved one.
 */
@Route("chart")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@PageTitle("Link chart · Crossforce")
public class LinkChartView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(LinkChartView.class);

    private final ChartService charts;
    private final EntityService entities;
    private final Forces forces;
    private final CurrentCaller caller;

    private final LinkChart view = new LinkChart();
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>("Expand to");
    private final MultiSelectComboBox<Force> forceFilter = new MultiSelectComboBox<>("Forces");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final IntegerField minStrength = new IntegerField("Min. shared");
    private final TextField add = new TextField();
    private final TextField pathTo = new TextField();
    private final Select<Integer> hops = new Select<>();
    private final Span status = new Span();
    private final Div selection = new Div();
    private final Grid<Row> metrics = new Grid<>();
    private Chart chart = Chart.EMPTY;
    private String selected;

    LinkChartView(ChartService charts, EntityService entities, Forces forces, CurrentCaller caller) {
        this.charts = charts;
        this.entities = entities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        add.setPlaceholder("Add an entity: plate, phone, name ...");
        add.setId("chart-add");
        add.setClearButtonVisible(true);
        add.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> addTyped());
        Button addButton = new Button("Add", VaadinIcon.PLUS.create(), e -> addTyped());
        addButton.setId("chart-add-button");
        Button expand = new Button("Expand", VaadinIcon.EXPAND_FULL.create(), e -> expand(selected));
        expand.setId("chart-expand");
        Button remove = new Button("Remove", VaadinIcon.TRASH.create(), e -> removeSelected());
        Button relayout = new Button("Lay out", VaadinIcon.CLUSTER.create(), e -> view.relayout());
        Button fit = new Button("Fit", VaadinIcon.EXPAND_SQUARE.create(), e -> view.fit());
        Button people = new Button("One person", VaadinIcon.USERS.create(), e -> joinIdentities());
        people.setId("chart-identities");
        people.getElement().setAttribute("title", "Join the people on the chart that are one person across records");
        HorizontalLayout actions = new HorizontalLayout(add, addButton, expand, remove, people, relayout, fit);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        types.setItems(EntityLabels.TYPES);
        types.setItemLabelGenerator(EntityLabels::type);
        types.setPlaceholder("All but dates");
        types.setId("chart-types");
        forceFilter.setItems(forces.all());
        forceFilter.setItemLabelGenerator(Force::name);
        forceFilter.setPlaceholder("All forces");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        minStrength.setValue(1);
        minStrength.setMin(1);
        minStrength.setStepButtonsVisible(true);
        minStrength.setWidth("9em");
        HorizontalLayout filters = new HorizontalLayout(types, forceFilter, from, to, minStrength);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        pathTo.setPlaceholder("Path from the selected node to ...");
        pathTo.setId("chart-path-to");
        pathTo.setClearButtonVisible(true);
        hops.setItems(1, 2, 3, 4, 5, 6);
        hops.setValue(4);
        hops.setLabel("Hops");
        hops.setWidth("6em");
        Button findPath = new Button("Find path", VaadinIcon.CONNECT.create(), e -> findPath());
        findPath.setId("chart-find-path");
        Button save = new Button("Save", VaadinIcon.DOWNLOAD_ALT.create(), e -> saveDialog());
        save.setId("chart-save");
        Button open = new Button("Open", VaadinIcon.FOLDER_OPEN.create(), e -> openDialog());
        open.setId("chart-open");
        Button png = new Button("PNG", VaadinIcon.PICTURE.create(), e -> view.downloadPng("link-chart.png"));
        png.setId("chart-png");
        HorizontalLayout more = new HorizontalLayout(pathTo, hops, findPath, save, open, png,
                download("GraphML", "link-chart.graphml", "application/graphml+xml", () -> ChartExport.graphMl(chart)),
                download("Nodes CSV", "link-chart-nodes.csv", "text/csv", () -> ChartExport.nodesCsv(chart)),
                download("Links CSV", "link-chart-links.csv", "text/csv", () -> ChartExport.edgesCsv(chart)));
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        more.setWrap(true);

        view.setWidthFull();
        view.setHeight("640px");
        view.setId("link-chart");
        view.addNodeClickListener(e -> select(e.nodeId()));
        view.addNodeExpandListener(e -> expand(e.nodeId()));

        selection.setId("chart-selection");
        selection.addClassName("cf-chart-selection");
        metrics.addComponentColumn(r -> EntityLabels.badge(r.node().type())).setHeader("Type").setAutoWidth(true)
                .setFlexGrow(0);
        metrics.addColumn(r -> r.node().label()).setHeader("Node").setFlexGrow(2);
        metrics.addColumn(r -> r.scores().degree()).setHeader("Degree").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setComparator(r -> r.scores().degree());
        metrics.addColumn(r -> String.format("%.3f", r.scores().betweenness())).setHeader("Betweenness")
                .setAutoWidth(true).setFlexGrow(0).setComparator(r -> r.scores().betweenness());
        metrics.addColumn(r -> String.format("%.3f", r.scores().closeness())).setHeader("Closeness")
                .setAutoWidth(true).setFlexGrow(0).setComparator(r -> r.scores().closeness());
        metrics.addThemeVariants(GridVariant.LUMO_COMPACT);
        metrics.setHeight("640px");
        metrics.setId("chart-metrics");
        metrics.addItemClickListener(e -> {
            view.setSelected(e.getItem().node().id());
            select(e.getItem().node().id());
        });
        VerticalLayout side = new VerticalLayout(new H4("Selected"), selection, new H4("Centrality"), metrics);
        side.setPadding(false);
        side.setWidth("420px");
        side.getStyle().set("flex-shrink", "0");
        HorizontalLayout body = new HorizontalLayout(view, side);
        body.setWidthFull();
        body.setFlexGrow(1, view);

        status.setId("chart-status");
        status.addClassName("cf-muted");
        add(new H2("Link chart"), actions, filters, more, status, body);
        showSelection();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        PurposeDialog.thenRun(caller, () -> {
            if (params.containsKey("open")) {
                attempt(() -> charts.open(caller.get(), params.get("open").getFirst()), "That chart is not yours or no "
                        + "longer exists.", this::replace);
            } else if (params.containsKey("start")) {
                attempt(() -> charts.start(caller.get(), params.get("start").getFirst()),
                        "Nothing you may read holds that entity or document.", found -> {
                            replace(found);
                            select(found.nodes().getFirst().id());
                        });
            } else {
                status.setText("Add an entity to start, or open a chart from an entity's profile or a document. "
                        + "Double-click a node to expand it.");
            }
        });
    }

    private void addTyped() {
        String typed = add.getValue().strip();
        if (typed.isEmpty()) {
            return;
        }
        List<EntityHit> found;
        try {
            found = entities.search(caller.get(), new EntityQuery(typed, Set.of(), Set.of())).entities();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        Optional<EntityHit> entity = found.stream().filter(h -> !h.id().startsWith("name:")).findFirst();
        if (entity.isEmpty()) {
            status.setText(found.isEmpty() ? "Nothing you may read mentions \"" + typed + "\"."
                    : "A name is not one person: open one of the records that name " + typed + " and add its person.");
            return;
        }
        EntityHit hit = entity.get();
        List<Chart.Node> nodes = new ArrayList<>(chart.nodes());
        nodes.add(new Chart.Node(hit.id(), hit.type(), hit.label(), null, null));
        update(new Chart(nodes, chart.edges()));
        select(hit.id());
        add.clear();
    }

    private void expand(String nodeId) {
        if (nodeId == null) {
            status.setText("Select a node to expand: click it, or double-click to expand at once.");
            return;
        }
        LinkFilter filter = new LinkFilter(Set.copyOf(types.getValue()),
                forceFilter.getValue().stream().map(Force::code).collect(Collectors.toSet()), from.getValue(),
                to.getValue(), minStrength.getValue() == null ? 1 : minStrength.getValue());
        int before = chart.nodes().size();
        attempt(() -> charts.expand(caller.get(), chart, nodeId, filter, 50), "That node is no longer in your reach.",
                expanded -> {
                    update(expanded);
                    status.setText(expanded.nodes().size() == before ? "No further links within the filters."
                            : (expanded.nodes().size() - before) + " added.");
                });
    }

    private void joinIdentities() {
        int before = chart.nodes().size();
        try {
            Chart joined = charts.joinIdentities(caller.get(), chart);
            update(joined);
            int added = joined.nodes().size() - before;
            status.setText(added == 0 ? "No two people on the chart are known to be one person."
                    : added + (added == 1 ? " person joins" : " people join") + " records across the chart.");
        } catch (org.crossforce.identity.IdentitiesNotReadyException e) {
            status.setText(e.getMessage());
        }
    }

    private void findPath() {
        String target = pathTo.getValue().strip();
        if (selected == null || target.isEmpty()) {
            status.setText("Select the node to start from, and type the entity to reach.");
            return;
        }
        String to = target.contains(":") ? target : entities.search(caller.get(), new EntityQuery(target, Set.of(),
                Set.of())).entities().stream().map(EntityHit::id).filter(id -> !id.startsWith("name:")).findFirst()
                .orElse(null);
        if (to == null) {
            status.setText("Nothing you may read mentions \"" + target + "\".");
            return;
        }
        try {
            ChartService.PathOnChart found = charts.path(caller.get(), chart, selected, to, hops.getValue());
            if (!found.path().found()) {
                view.highlight(List.of());
                status.setText("No chain of shared records within " + hops.getValue() + " hops.");
                return;
            }
            update(found.chart());
            List<String> ids = found.path().nodes().stream().map(n -> n.id()).toList();
            view.highlight(ids);
            status.setText("Path of " + (ids.size() - 1) + " hop" + (ids.size() == 2 ? "" : "s") + ": "
                    + found.path().nodes().stream().map(n -> n.label()).collect(Collectors.joining(" → ")));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void removeSelected() {
        if (selected == null) {
            return;
        }
        view.remove(selected);
        String gone = selected;
        chart = new Chart(chart.nodes().stream().filter(n -> !n.id().equals(gone)).toList(), chart.edges());
        selected = null;
        refreshSide();
    }

    private void saveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save the chart");
        TextField name = new TextField("Name");
        name.setWidthFull();
        name.setId("chart-name");
        Button save = new Button("Save", e -> view.requestPositions(positions -> {
            Chart placed = new Chart(chart.nodes().stream().map(n -> n.withPosition(positions.get(n.id()))).toList(),
                    chart.edges());
            try {
                charts.save(caller.get(), name.getValue(), placed);
                status.setText("Saved as \"" + name.getValue().strip() + "\".");
                dialog.close();
            } catch (IllegalArgumentException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("chart-save-confirm");
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Open a saved chart");
        List<SavedChart> saved = charts.saved(caller.get());
        if (saved.isEmpty()) {
            dialog.add(new Span("You have not saved a chart yet."));
        } else {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            list.setId("chart-saved");
            for (SavedChart chartSaved : saved) {
                Button pick = new Button(chartSaved.name() + " · " + chartSaved.nodes() + " nodes · "
                        + Dates.formatWithTime(chartSaved.savedAt()), e -> {
                            dialog.close();
                            getUI().ifPresent(ui -> ui.navigate(LinkChartView.class,
                                    QueryParameters.of("open", chartSaved.id())));
                        });
                pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(pick);
            }
            dialog.add(list);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private Anchor download(String label, String file, String type, Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), file, type, bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("cf-download");
        anchor.setId("chart-export-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return anchor;
    }

    private void replace(Chart next) {
        view.clear();
        chart = Chart.EMPTY;
        update(next);
        status.setText(next.nodes().size() + " nodes. Double-click a node to expand it.");
    }

    /** Draws what is new; what was on the chart keeps its place. */
    private void update(Chart next) {
        List<LinkChart.Node> nodes = next.nodes().stream()
                .map(n -> new LinkChart.Node(n.id(), n.type(), n.label(), n.x(), n.y())).toList();
        List<LinkChart.Edge> edges = next.edges().stream()
                .map(e -> new LinkChart.Edge(e.source(), e.target(), Long.toString(e.shared()), e.shared())).toList();
        view.add(nodes, edges);
        chart = next;
        refreshSide();
    }

    private void select(String nodeId) {
        selected = nodeId;
        showSelection();
    }

    private void refreshSide() {
        Map<String, ChartMetrics.Scores> scores = ChartMetrics.of(chart);
        metrics.setItems(chart.nodes().stream().map(n -> new Row(n, scores.get(n.id())))
                .sorted(Comparator.comparingDouble((Row r) -> -r.scores().betweenness())
                        .thenComparingInt(r -> -r.scores().degree()))
                .toList());
        showSelection();
    }

    private void showSelection() {
        selection.removeAll();
        Optional<Chart.Node> node = chart.nodes().stream().filter(n -> n.id().equals(selected)).findFirst();
        if (node.isEmpty()) {
            selection.add(new Span("Click a node to see it here; double-click to expand it."));
            return;
        }
        Chart.Node n = node.get();
        long links = chart.edges().stream().filter(e -> e.source().equals(n.id()) || e.target().equals(n.id())).count();
        Div title = new Div(EntityLabels.badge(n.type()), new Span(" " + n.label()));
        title.setId("chart-selected-label");
        Anchor open = n.id().startsWith(Chart.DOCUMENT + ":")
                ? new Anchor("documents/" + n.id().substring(Chart.DOCUMENT.length() + 1), "Open the document")
                : n.id().startsWith(Chart.IDENTITY + ":")
                ? new Anchor(IdentityView.href(n.id().substring(Chart.IDENTITY.length() + 1)), "Open the identity")
                : new Anchor(EntityView.href(n.id()), "Open the profile");
        open.setId("chart-selected-open");
        selection.add(title, new Div(new Span(links + (links == 1 ? " link" : " links") + " on the chart")), open);
    }

    private <T> void attempt(Supplier<Optional<T>> action, String missing, java.util.function.Consumer<T> then) {
        try {
            action.get().ifPresentOrElse(then, () -> status.setText(missing));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(RuntimeException e) {
        log.warn("Link chart request failed", e);
        status.setText("The chart cannot be changed at the moment: Crossforce cannot reach its index. Try again in a minute.");
    }

    private record Row(Chart.Node node, ChartMetrics.Scores scores) {
    }
}
