package org.crossforce.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.ReportStatus;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;

/**
 * A force's public reports as a list, most serious first and then oldest, with the force and the
 * status to show above it. It keeps itself up to date while the page is open.
 */
final class IntakeQueue {

    private static final int LIMIT = 500;
    private static final int POLL_MILLIS = 10_000;
    /**
     * How often the queue is read again even when the number waiting has not moved. Between those
     * reads only the count is asked for: reading the queue is itself written in the audit trail.
     */
    private static final Duration FULL_READ = Duration.ofMinutes(1);

    /** The choices of the status filter. */
    enum Show {
        WAITING("Waiting", IntakeService.WAITING, "are waiting for"),
        ACCEPTED("Accepted", EnumSet.of(ReportStatus.ACCEPTED), "were accepted by"),
        DUPLICATE("Duplicate", EnumSet.of(ReportStatus.DUPLICATE), "were marked duplicate by"),
        CLOSED("Closed", EnumSet.of(ReportStatus.CLOSED), "were closed by"),
        ALL("All", EnumSet.allOf(ReportStatus.class), "are held for");

        private final String label;
        private final Set<ReportStatus> statuses;
        private final String phrase;

        Show(String label, Set<ReportStatus> statuses, String phrase) {
            this.label = label;
            this.statuses = statuses;
            this.phrase = phrase;
        }
    }

    private final IntakeService intake;
    private final Forces forces;
    private final CurrentCaller caller;

    private final Select<ForceCode> force = new Select<>();
    private final Select<Show> show = new Select<>();
    private final Span count = new Span();
    private final HorizontalLayout tools = new HorizontalLayout(force, show, count);
    private final Grid<IntakeItem> grid = new Grid<>();
    private List<IntakeItem> listed = List.of();
    private String opened;
    private long lastWaiting = -1;
    private Instant lastRead = Instant.EPOCH;
    private Registration polling;

    /**
     * @param open           called with the reference of a report the officer picked
     * @param leavingForce   called when the officer picks another force, before its queue is read
     */
    IntakeQueue(IntakeService intake, Forces forces, CurrentCaller caller, List<ForceCode> desks,
            Consumer<String> open, Runnable leavingForce) {
        this.intake = intake;
        this.forces = forces;
        this.caller = caller;
        force.setLabel("Force");
        force.setId("intake-force");
        force.setItems(desks);
        force.setItemLabelGenerator(forces::nameOf);
        force.setValue(desks.getFirst());
        force.setReadOnly(desks.size() == 1);
        force.setWidth("20em");
        force.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                leavingForce.run();
                reload();
            }
        });
        show.setLabel("Show");
        show.setId("intake-show");
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> s.label);
        show.setValue(Show.WAITING);
        show.addValueChangeListener(e -> reload());
        count.setId("intake-count");
        count.addClassName("cf-intake-count");
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.addClassName("cf-filter-bar");
        configureGrid(open);
    }

    /** The force and status pickers with the count beside them. */
    Component tools() {
        return tools;
    }

    Component grid() {
        return grid;
    }

    private void configureGrid(Consumer<String> open) {
        grid.setId("intake-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.addColumn(IntakeItem::reference).setHeader("Reference").setWidth("9.5rem").setFlexGrow(0)
                .setPartNameGenerator(i -> "cf-intake-reference");
        grid.addComponentColumn(i -> IntakeParts.seriousness(i.seriousness())).setHeader("Seriousness")
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(IntakeQueue::what).setHeader("Report").setFlexGrow(4)
                .setTooltipGenerator(IntakeItem::summary);
        grid.addColumn(i -> i.category() == null ? "—" : i.category()).setHeader("Category").setFlexGrow(1);
        grid.addColumn(i -> i.place() == null || i.place().isBlank() ? "—" : i.place()).setHeader("Place")
                .setFlexGrow(2);
        grid.addComponentColumn(i -> IntakeParts.twoLines(new Span(Dates.ago(i.submitted(), Instant.now())),
                Dates.formatWithTime(i.submitted()))).setHeader("Submitted").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(IntakeItem::files).setHeader("Files").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(i -> IntakeParts.status(i.status())).setHeader("Status").setWidth("7.5rem")
                .setFlexGrow(0);
        // A report stays open until another is chosen: clicking its row again must not close it.
        ((GridSingleSelectionModel<IntakeItem>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                open.accept(e.getValue().reference());
            }
        });
    }

    ForceCode force() {
        return force.getValue();
    }

    /** Turns to the force of a report opened from elsewhere, without leaving that report. */
    void showForce(ForceCode of) {
        if (!of.equals(force.getValue())) {
            force.setValue(of);
        }
    }

    /** Whether the last reading listed nothing. */
    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** The report now open, selected in the queue when it is next listed afresh. */
    void opened(String reference) {
        opened = reference;
    }

    void noneOpened() {
        opened = null;
        grid.deselectAll();
    }

    void startPolling(UI ui) {
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> poll());
    }

    void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    /** Reads the number waiting every few seconds, and the queue again when it moved. */
    private void poll() {
        try {
            long waiting = intake.waiting(caller.get(), force.getValue());
            if (waiting != lastWaiting || Duration.between(lastRead, Instant.now()).compareTo(FULL_READ) >= 0) {
                reload();
            }
        } catch (NotPermittedException e) {
            // The account lost the role or the force meanwhile: the next navigation says so.
        }
    }

    void reload() {
        ForceCode desk = force.getValue();
        Show which = show.getValue();
        List<IntakeItem> items;
        long waiting;
        try {
            items = intake.queue(caller.get(), desk, which.statuses, LIMIT);
            waiting = intake.waiting(caller.get(), desk);
        } catch (NotPermittedException e) {
            Notices.error(e.getMessage());
            return;
        }
        lastRead = Instant.now();
        lastWaiting = waiting;
        if (items.equals(listed)) {
            // Nothing new: only "submitted … ago" moves on.
            grid.getDataProvider().refreshAll();
        } else {
            listed = items;
            grid.setItems(items);
            grid.setAllRowsVisible(items.size() <= 10);
            grid.setHeight(items.size() <= 10 ? null : "26em");
            items.stream().filter(i -> i.reference().equals(opened)).findFirst().ifPresent(grid::select);
        }
        String name = forces.nameOf(desk);
        grid.setEmptyStateText(which == Show.WAITING ? "No public reports are waiting for " + name + "."
                : "No public reports " + which.phrase + " " + name + ".");
        String waitingText = waiting == 0 ? "Nothing waiting" : waiting + " waiting";
        count.setText(which == Show.WAITING ? waitingText
                : waitingText + " · " + items.size() + " " + which.label.toLowerCase(Locale.ROOT) + " shown");
    }

    private static Component what(IntakeItem item) {
        Div cell = new Div();
        cell.addClassName("cf-intake-what");
        Span kind = new Span(item.kind().label());
        kind.addClassName("cf-intake-kind");
        cell.add(kind);
        if (!item.strands().isEmpty()) {
            Span strands = new Span(IntakeParts.strands(item.strands()));
            strands.addClassName("cf-intake-strands");
            cell.add(strands);
        }
        if (item.summary() != null && !item.summary().isBlank()) {
            Span summary = new Span(item.summary());
            summary.addClassName("cf-intake-summary");
            cell.add(summary);
        }
        return cell;
    }
}
