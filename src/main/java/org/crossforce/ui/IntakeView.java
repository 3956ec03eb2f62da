package org.crossforce.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Shapes;
import org.crossforce.intake.FileContent;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.HateStrand;
import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.ReportNotFoundException;
import org.crossforce.intake.ReportStatus;
import org.crossforce.intake.Reporter;
import org.crossforce.intake.StagedFile;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the public reported to a force, as its intake officers work it: the queue, most serious
 * first and then oldest, and one report opened with everything its reporter sent, the messages
 * both ways and the decision. Accepting makes the report a record of the force; duplicating joins
 * it to an earlier one; closing tells the reporter why. The queue keeps itself up to date while
 * the page is open.
 */
@Route("intake")
@RolesAllowed("INTAKE")
@PageTitle("Public reports · Crossforce")
public class IntakeView extends VerticalLayout implements BeforeEnterObserver {

    private static final int LIMIT = 500;
    private static final int POLL_MILLIS = 10_000;
    /**
     * How often the queue is read again even when the number waiting has not moved. Between those
     * reads only the count is asked for: reading the queue is itself written in the audit trail.
     */
    private static final Duration FULL_READ = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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
    private final ForceBoundaries boundaries;
    private final MapProperties mapProperties;
    private final CurrentCaller caller;

    private final Select<ForceCode> force = new Select<>();
    private final Select<Show> show = new Select<>();
    private final Span count = new Span();
    private final Grid<IntakeItem> queue = new Grid<>();
    private final Div report = new Div();
    private List<IntakeItem> listed = List.of();
    private String opened;
    private long lastWaiting = -1;
    private Instant lastRead = Instant.EPOCH;
    private Registration polling;

    IntakeView(IntakeService intake, Forces forces, ForceBoundaries boundaries, MapProperties mapProperties,
            CurrentCaller caller) {
        this.intake = intake;
        this.forces = forces;
        this.boundaries = boundaries;
        this.mapProperties = mapProperties;
        this.caller = caller;
        addClassNames("cf-page", "cf-intake");
        setPadding(false);

        Span intro = new Span("Reports the public sent through the portal. The most serious come first, then the "
                + "oldest. Opening a report tells its reporter an officer is looking at it.");
        intro.addClassName("cf-muted");
        add(new H2("Public reports"), intro);

        List<ForceCode> desks = intake.desks(caller.get());
        if (desks.isEmpty()) {
            Div none = new Div(new Span("You work no force's public intake. An administrator gives an intake officer "
                    + "a home force."));
            none.addClassName("cf-empty");
            add(none);
            return;
        }
        force.setLabel("Force");
        force.setId("intake-force");
        force.setItems(desks);
        force.setItemLabelGenerator(forces::nameOf);
        force.setValue(desks.getFirst());
        force.setReadOnly(desks.size() == 1);
        force.setWidth("20em");
        force.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                closeReport();
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
        HorizontalLayout tools = new HorizontalLayout(force, show, count);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.addClassName("cf-filter-bar");

        configureQueue();
        report.setId("intake-report");
        report.addClassName("cf-intake-report");
        report.setWidthFull();
        report.setVisible(false);
        add(tools, queue, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (force.getValue() == null) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("ref").orElse(null);
        if (wanted != null && !wanted.isBlank()) {
            open(wanted);
        } else {
            reload();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (force.getValue() == null) {
            return;
        }
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }

    private void configureQueue() {
        queue.setId("intake-queue");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.setWidthFull();
        queue.addColumn(IntakeItem::reference).setHeader("Reference").setWidth("9.5rem").setFlexGrow(0)
                .setPartNameGenerator(i -> "cf-intake-reference");
        queue.addComponentColumn(i -> seriousness(i.seriousness())).setHeader("Seriousness").setWidth("8rem")
                .setFlexGrow(0);
        queue.addComponentColumn(IntakeView::what).setHeader("Report").setFlexGrow(4)
                .setTooltipGenerator(IntakeItem::summary);
        queue.addColumn(i -> i.category() == null ? "—" : i.category()).setHeader("Category").setFlexGrow(1);
        queue.addColumn(i -> i.place() == null || i.place().isBlank() ? "—" : i.place()).setHeader("Place")
                .setFlexGrow(2);
        queue.addComponentColumn(i -> twoLines(Dates.ago(i.submitted(), Instant.now()),
                Dates.formatWithTime(i.submitted()))).setHeader("Submitted").setWidth("10rem").setFlexGrow(0);
        queue.addColumn(IntakeItem::files).setHeader("Files").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        queue.addComponentColumn(i -> status(i.status())).setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        // A report stays open until another is chosen: clicking its row again must not close it.
        ((GridSingleSelectionModel<IntakeItem>) queue.getSelectionModel()).setDeselectAllowed(false);
        queue.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                open(e.getValue().reference());
            }
        });
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

    private void reload() {
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
            queue.getDataProvider().refreshAll();
        } else {
            listed = items;
            queue.setItems(items);
            queue.setAllRowsVisible(items.size() <= 10);
            queue.setHeight(items.size() <= 10 ? null : "26em");
            items.stream().filter(i -> i.reference().equals(opened)).findFirst().ifPresent(queue::select);
        }
        String name = forces.nameOf(desk);
        queue.setEmptyStateText(which == Show.WAITING ? "No public reports are waiting for " + name + "."
                : "No public reports " + which.phrase + " " + name + ".");
        String waitingText = waiting == 0 ? "Nothing waiting" : waiting + " waiting";
        count.setText(which == Show.WAITING ? waitingText
                : waitingText + " · " + items.size() + " " + which.label.toLowerCase(Locale.ROOT) + " shown");
    }

    private void open(String reference) {
        IntakeReport opening;
        try {
            opening = intake.open(caller.get(), reference);
        } catch (ReportNotFoundException | NotPermittedException | IllegalArgumentException e) {
            Notices.error(e.getMessage());
            if (listed.isEmpty()) {
                reload();
            }
            return;
        }
        ForceCode of = opening.item().force();
        if (!of.equals(force.getValue())) {
            force.setValue(of);
        }
        showReport(opening);
        // Opening moved a new report on to "opened".
        reload();
    }

    private void closeReport() {
        opened = null;
        report.removeAll();
        report.setVisible(false);
        queue.deselectAll();
        remember(null);
    }

    private void remember(String reference) {
        UI.getCurrent().getPage().getHistory().replaceState(null, reference == null ? "intake"
                : "intake?" + QueryParameters.of("ref", reference).getQueryString());
    }

    /** Runs a decision or a reply; on success shows the report as it now is. */
    private boolean act(Supplier<IntakeReport> action, String done) {
        try {
            IntakeReport now = action.get();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showReport(now);
            reload();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | NotPermittedException
                | ReportNotFoundException e) {
            Notices.error(e.getMessage());
            return false;
        }
    }

    // The report ------------------------------------------------------------------------------

    private void showReport(IntakeReport r) {
        opened = r.reference();
        remember(r.reference());
        report.removeAll();
        report.setVisible(true);
        IntakeItem item = r.item();

        H3 title = new H3(r.reference());
        title.setId("intake-report-reference");
        Div badges = new Div(seriousness(item.seriousness()), status(item.status()));
        badges.addClassName("cf-intake-badges");
        Div heading = new Div(title, badges);
        heading.addClassName("cf-intake-title");
        Div head = new Div(heading);
        head.addClassName("cf-intake-head");
        if (item.status().open()) {
            head.add(actions(r));
        }
        Span kind = new Span(item.kind().label() + " · sent " + Dates.formatWithTime(item.submitted()) + " ("
                + Dates.ago(item.submitted(), Instant.now()) + ") to " + forces.nameOf(item.force()));
        kind.addClassName("cf-muted");
        report.add(head, kind);
        if (r.decision() != null) {
            report.add(decision(r));
        }

        Div main = new Div(section("What they told us", answers(r)), section("Who reported it", reporter(r)),
                section("Messages", messages(r)));
        main.addClassName("cf-intake-main");
        Div side = new Div(section("Where", place(r)),
                section(r.files().isEmpty() ? "Files" : "Files (" + r.files().size() + ")", files(r)));
        side.addClassName("cf-intake-side");
        Div columns = new Div(main, side);
        columns.addClassName("cf-intake-columns");
        report.add(columns);
    }

    private Component actions(IntakeReport r) {
        Button accept = new Button("Accept…", VaadinIcon.CHECK.create(), e -> acceptDialog(r));
        accept.setId("intake-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button duplicate = new Button("Duplicate of…", VaadinIcon.COPY_O.create(), e -> duplicateDialog(r));
        duplicate.setId("intake-duplicate");
        Button close = new Button("Close…", VaadinIcon.CLOSE_CIRCLE_O.create(), e -> closeDialog(r));
        close.setId("intake-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(accept, duplicate, close);
        actions.addClassName("cf-intake-actions");
        return actions;
    }

    private Component decision(IntakeReport r) {
        IntakeReport.Decision d = r.decision();
        Div box = new Div();
        box.setId("intake-decision");
        box.addClassNames("cf-intake-decision", "cf-intake-decision-" + r.item().status().name().toLowerCase(Locale.ROOT));
        String byWhom = " by " + d.by() + " on " + Dates.formatWithTime(d.at());
        switch (r.item().status()) {
            case ACCEPTED -> {
                Div recorded = new Div(new Span("Recorded as "), recordLink(d.recordId()));
                recorded.setId("intake-recorded");
                recorded.addClassName("cf-intake-decision-line");
                Div how = new Div(new Span("Accepted" + byWhom + " as " + recordType(r) + " record "),
                        Badges.marking(d.marking()),
                        Badges.handling(d.handling()));
                how.addClassNames("cf-muted", "cf-intake-decision-how");
                box.add(recorded, how);
                if (!mayReadRecords()) {
                    Span note = new Span("Analysts and supervisors of the force open it in Search once it is indexed.");
                    note.addClassName("cf-muted");
                    box.add(new Div(note));
                }
            }
            case DUPLICATE -> {
                RouterLink earlier = new RouterLink(d.duplicateOf(), IntakeView.class);
                earlier.setQueryParameters(QueryParameters.of("ref", d.duplicateOf()));
                box.add(new Div(new Span("Duplicate of "), earlier, new Span(": marked" + byWhom + ".")));
            }
            case CLOSED -> {
                box.add(new Div(new Span("Closed" + byWhom + ". The reporter reads:")));
                Paragraph reason = new Paragraph(d.note() == null ? "" : d.note());
                reason.addClassName("cf-intake-quote");
                box.add(reason);
            }
            default -> box.add(new Span("Decided" + byWhom + "."));
        }
        return box;
    }

    private Component recordLink(String recordId) {
        if (mayReadRecords()) {
            return new RouterLink(recordId, DocumentView.class, new RouteParameters("id", recordId));
        }
        Span id = new Span(recordId);
        id.addClassName("cf-intake-record-id");
        return id;
    }

    private boolean mayReadRecords() {
        return caller.user().map(u -> u.hasAnyRole(Roles.READERS)).orElse(false);
    }

    private Component answers(IntakeReport r) {
        Div what = new Div();
        Pre description = new Pre(
                r.description() == null ? "" : r.description());
        description.addClassNames("cf-text", "cf-intake-description");
        description.setId("intake-description");
        what.add(description);
        Map<String, Component> rows = new LinkedHashMap<>();
        rows.put("When", text(r.occurredOn() == null ? "Not known"
                : DAY.format(r.occurredOn()) + (r.occurredAt() == null ? "" : ", " + r.occurredAt())));
        rows.put("Anyone hurt", flag(r.anyoneHurt()));
        rows.put("Still going on", flag(r.ongoing()));
        rows.put("Who was involved", text(r.involved() == null || r.involved().isBlank() ? "Not said" : r.involved()));
        if (r.item().kind() == ReportKind.HATE || !r.item().strands().isEmpty()) {
            rows.put("Motivated by", text(r.item().strands().isEmpty() ? "Not said" : strands(r.item().strands())));
        }
        rows.put("Category", text(r.item().category() == null ? "—" : r.item().category()));
        if (r.appealTitle() != null) {
            rows.put("Answers the appeal", text(r.appealTitle()));
        }
        what.add(properties(rows));
        return what;
    }

    private Component reporter(IntakeReport r) {
        Reporter who = r.reporter();
        Div box = new Div();
        box.setId("intake-reporter");
        if (who.anonymous() || (who.name() == null && who.email() == null && who.phone() == null)) {
            Span anonymous = new Span("Anonymous: no name or contact details. They follow the report through their "
                    + "secure link only.");
            box.add(anonymous);
        } else {
            Map<String, Component> rows = new LinkedHashMap<>();
            rows.put("Name", text(who.name() == null ? "Not given" : who.name()));
            rows.put("Email", who.email() == null ? text("Not given") : new Anchor("mailto:" + who.email(), who.email()));
            rows.put("Phone", text(who.phone() == null ? "Not given" : who.phone()));
            box.add(properties(rows));
        }
        Div consent = new Div(r.consent() ? VaadinIcon.CHECK.create() : VaadinIcon.INFO_CIRCLE_O.create(),
                new Span(r.consent() ? "Agrees that, if the police do not take it on, the report may be kept and passed on."
                        : "Did not agree to it being passed on: unless accepted, it is deleted when its time is up."));
        consent.addClassNames("cf-intake-consent", r.consent() ? "cf-intake-consent-yes" : "cf-intake-consent-no");
        box.add(consent);
        return box;
    }

    private Component messages(IntakeReport r) {
        Div box = new Div();
        Div thread = new Div();
        thread.setId("intake-messages");
        thread.addClassName("cf-intake-thread");
        if (r.messages().isEmpty()) {
            Span none = new Span("No messages yet.");
            none.addClassName("cf-muted");
            thread.add(none);
        }
        for (FollowUp.Message m : r.messages()) {
            Div message = new Div();
            message.addClassNames("cf-intake-message", m.fromPolice() ? "cf-intake-message-police" : "cf-intake-message-reporter");
            Div meta = new Div(new Span(m.fromPolice() ? "Police" : "Reporter"),
                    new Span(Dates.formatWithTime(m.sent())));
            meta.addClassName("cf-intake-message-meta");
            Pre body = new Pre(m.body());
            body.addClassName("cf-intake-message-body");
            message.add(meta, body);
            if (!m.files().isEmpty()) {
                Span files = new Span("Sent with: " + String.join(", ", m.files()));
                files.addClassName("cf-muted");
                message.add(files);
            }
            thread.add(message);
        }
        box.add(thread);
        ReportStatus status = r.item().status();
        if (status == ReportStatus.CLOSED || status == ReportStatus.DUPLICATE) {
            Span ended = new Span("The report is " + status.label().toLowerCase(Locale.ROOT)
                    + ": the reporter can no longer write, and no reply is sent.");
            ended.addClassName("cf-muted");
            box.add(ended);
            return box;
        }
        TextArea reply = new TextArea("Reply to the reporter");
        reply.setId("intake-reply-text");
        reply.setWidthFull();
        reply.setMinHeight("6em");
        reply.setMaxLength(5000);
        reply.setHelperText(r.reporter().email() == null
                ? "They read it behind their secure link; with no email on the report, they are not told of it."
                : "They read it behind their secure link, and are emailed that there is a message.");
        Button send = new Button("Send to reporter", VaadinIcon.PAPERPLANE.create());
        send.setId("intake-reply-send");
        send.addClickListener(e -> act(() -> intake.reply(caller.get(), r.reference(), reply.getValue()),
                "Your message was sent to the reporter of " + r.reference()));
        Div compose = new Div(reply, send);
        compose.addClassName("cf-intake-compose");
        box.add(compose);
        return box;
    }

    private Component place(IntakeReport r) {
        Div box = new Div();
        box.setId("intake-place");
        String where = r.item().place() == null || r.item().place().isBlank() ? "No place described" : r.item().place();
        Div described = new Div(new Span(where));
        described.addClassName("cf-intake-place-name");
        box.add(described);
        if (r.latitude() == null || r.longitude() == null) {
            Span none = new Span(r.appealTitle() == null ? "No point on the map." : "Sent as an answer to an appeal: "
                    + "no point on the map.");
            none.addClassName("cf-muted");
            box.add(none);
            return box;
        }
        Span point = new Span(String.format(Locale.UK, "%.5f, %.5f · %s", r.latitude(), r.longitude(),
                how(r.placeFound())));
        point.addClassName("cf-muted");
        box.add(point, map(r));
        return box;
    }

    private static String how(String found) {
        return switch (found == null ? "" : found) {
            case "postcode" -> "from the postcode they gave";
            case "photo" -> "from where their photo was taken";
            case "pin" -> "pinned on the map by the reporter";
            default -> "place given by the reporter";
        };
    }

    private Component map(IntakeReport r) {
        HotspotMap map = new HotspotMap();
        map.setId("intake-map");
        map.addClassName("cf-intake-map");
        map.setWidthFull();
        map.setHeight("260px");
        boolean tiles = mapProperties.tileUrl() != null && !mapProperties.tileUrl().isBlank();
        if (tiles) {
            map.setTiles(mapProperties.tileUrl(), mapProperties.tileAttribution());
        }
        ForceCode of = r.item().force();
        var outline = boundaries.outlines().get(of);
        if (outline != null) {
            Map<String, Object> properties = Map.of("code", of.value(), "name", forces.nameOf(of), "chosen", true);
            map.showForces(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features",
                    List.of(Map.of("type", "Feature", "geometry", Shapes.geoJson(outline), "properties", properties)))));
        }
        Map<String, Object> pin = new LinkedHashMap<>();
        pin.put("type", r.item().kind().label());
        pin.put("location", r.item().place() == null ? "" : r.item().place());
        pin.put("month", r.occurredOn() == null ? "" : SHORT_DAY.format(r.occurredOn()));
        map.showPoints(JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", List.of(Map.of(
                "type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                        List.of(r.longitude(), r.latitude())), "properties", pin)))));
        // Without a base map the force's outline is what places the point: the town, not the street.
        map.setView(r.latitude(), r.longitude(), tiles ? 15 : 9);
        return map;
    }

    private Component files(IntakeReport r) {
        Div box = new Div();
        box.setId("intake-files");
        box.addClassName("cf-intake-files");
        if (r.files().isEmpty()) {
            Span none = new Span("No photos or videos were sent.");
            none.addClassName("cf-muted");
            box.add(none);
            return box;
        }
        for (StagedFile f : r.files()) {
            Div card = new Div();
            card.addClassName("cf-intake-file");
            if (f.mediaType() != null && f.mediaType().startsWith("image/")) {
                Image thumbnail = new Image(content(r.reference(), f), f.name());
                thumbnail.addClassName("cf-intake-thumbnail");
                Anchor full = new Anchor();
                full.setHref(content(r.reference(), f), AttachmentType.INLINE);
                full.setTarget(AnchorTarget.BLANK);
                full.add(thumbnail);
                full.getElement().setAttribute("title", "Open " + f.name() + " full size");
                card.add(full);
            } else {
                Anchor download = new Anchor(content(r.reference(), f), AttachmentType.DOWNLOAD, "");
                download.add(VaadinIcon.FILM.create(), new Span("Download " + f.name()));
                download.addClassName("cf-download");
                card.add(download);
            }
            List<String> about = new ArrayList<>();
            about.add(size(f.size()));
            if (f.takenAt() != null) {
                about.add("taken " + Dates.formatWithTime(f.takenAt()));
            }
            if (f.hasPosition()) {
                about.add(String.format(Locale.UK, "at %.4f, %.4f", f.latitude(), f.longitude()));
            }
            Span name = new Span(f.name());
            name.addClassName("cf-intake-file-name");
            Span meta = new Span(String.join(" · ", about));
            meta.addClassName("cf-muted");
            card.add(name, meta);
            box.add(card);
        }
        Span audited = new Span("Each opening of a file is written in the audit trail.");
        audited.addClassName("cf-muted");
        box.add(audited);
        return box;
    }

    /** A file's bytes, fetched through the intake service each time, so each look is audited. */
    private DownloadHandler content(String reference, StagedFile file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                FileContent content = intake.file(caller.get(), reference, file.id());
                return new DownloadResponse(Files.newInputStream(content.path()), content.name(),
                        content.mediaType(), content.size());
            } catch (ReportNotFoundException | NotPermittedException e) {
                return DownloadResponse.error(404, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // Decisions -------------------------------------------------------------------------------

    private void acceptDialog(IntakeReport r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Accept " + r.reference());
        String forceName = forces.nameOf(r.item().force());
        Paragraph what = new Paragraph("It becomes " + recordType(r) + " record of " + forceName + ", with its answers, messages and " + files(r.files().size())
                + ", through ingestion. The reporter reads that it was recorded by " + forceName + ".");
        what.addClassName("cf-intake-dialog-text");
        Select<Marking> marking = new Select<>();
        marking.setLabel("Marking");
        marking.setId("accept-marking");
        marking.setItems(Marking.values());
        marking.setItemLabelGenerator(Marking::label);
        marking.setValue(Marking.OFFICIAL);
        Select<Handling> handling = new Select<>();
        handling.setLabel("Handling code");
        handling.setId("accept-handling");
        handling.setItems(Handling.values());
        handling.setItemLabelGenerator(h -> h == Handling.P ? "P – may be shared" : "C – conditions apply");
        handling.setValue(Handling.P);
        HorizontalLayout fields = new HorizontalLayout(marking, handling);
        dialog.add(what, fields);
        Button confirm = new Button("Accept and record", e -> {
            if (act(() -> intake.accept(caller.get(), r.reference(), marking.getValue(), handling.getValue()),
                    r.reference() + " accepted as a record of " + forceName)) {
                dialog.close();
            }
        });
        confirm.setId("accept-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> confirm.setEnabled(true));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private void duplicateDialog(IntakeReport r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Mark " + r.reference() + " as a duplicate");
        Paragraph what = new Paragraph("Joins it to an earlier report of " + forces.nameOf(r.item().force())
                + " about the same thing. The reporter reads that it was joined to another report.");
        what.addClassName("cf-intake-dialog-text");
        TextField earlier = new TextField("Reference of the earlier report");
        earlier.setId("duplicate-of");
        earlier.setPlaceholder("CF-XXXX-XXXX");
        earlier.setRequired(true);
        earlier.setWidth("16em");
        dialog.add(what, earlier);
        Button confirm = new Button("Mark as duplicate", e -> {
            if (earlier.isEmpty()) {
                earlier.setInvalid(true);
                earlier.setErrorMessage("Give the reference of the earlier report");
                return;
            }
            if (act(() -> intake.markDuplicate(caller.get(), r.reference(), earlier.getValue()),
                    r.reference() + " joined to " + earlier.getValue().strip().toUpperCase(Locale.ROOT))) {
                dialog.close();
            }
        });
        confirm.setId("duplicate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        earlier.focus();
    }

    private void closeDialog(IntakeReport r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Close " + r.reference() + " without a record");
        TextArea reason = new TextArea("Reason for closing");
        reason.setId("close-reason");
        reason.setRequired(true);
        reason.setWidth("34em");
        reason.setMinHeight("7em");
        reason.setMaxLength(2000);
        reason.setHelperText("The reporter reads this on their report's page: write it to them, plainly.");
        Paragraph what = new Paragraph(r.consent()
                ? "The reporter agreed the report may be kept and passed on; it stays until then."
                : "Unless its reporter agreed otherwise, a report that is never accepted is deleted when its time is up.");
        what.addClassName("cf-intake-dialog-text");
        dialog.add(reason, what);
        Button confirm = new Button("Close the report", e -> {
            if (reason.getValue() == null || reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give the reason for closing: the reporter reads it.");
                return;
            }
            if (act(() -> intake.close(caller.get(), r.reference(), reason.getValue()), r.reference() + " closed")) {
                dialog.close();
            }
        });
        confirm.setId("close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    // Small parts -----------------------------------------------------------------------------

    private static Component section(String heading, Component content) {
        Div section = new Div(new H4(heading), content);
        section.addClassName("cf-intake-section");
        return section;
    }

    private static Component properties(Map<String, Component> rows) {
        Element table = new Element("table");
        table.getClassList().add("cf-properties");
        rows.forEach((label, value) -> {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setText(label));
            Element cell = new Element("td");
            cell.appendChild(value.getElement());
            row.appendChild(cell);
            table.appendChild(row);
        });
        Div holder = new Div();
        holder.getElement().appendChild(table);
        return holder;
    }

    private static Component text(String text) {
        return new Span(text);
    }

    private static Component flag(boolean yes) {
        Span flag = new Span(yes ? "Yes" : "No");
        if (yes) {
            flag.addClassName("cf-intake-yes");
        }
        return flag;
    }

    static Span seriousness(int level) {
        String label = switch (level) {
            case 3 -> "High";
            case 2 -> "Raised";
            case 1 -> "Routine";
            default -> "Low";
        };
        Span badge = new Span(label);
        badge.addClassNames("cf-intake-seriousness", "cf-intake-seriousness-" + Math.max(0, Math.min(3, level)));
        badge.getElement().setAttribute("title", switch (level) {
            case 3 -> "Someone hurt, or a hate crime or crime still going on";
            case 2 -> "A hate crime, or a crime still going on";
            case 1 -> "A crime or information, over";
            default -> "Anti-social behaviour";
        });
        return badge;
    }

    private static Span status(ReportStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("cf-intake-status", "cf-intake-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private static Component what(IntakeItem item) {
        Div cell = new Div();
        cell.addClassName("cf-intake-what");
        Span kind = new Span(item.kind().label());
        kind.addClassName("cf-intake-kind");
        cell.add(kind);
        if (!item.strands().isEmpty()) {
            Span strands = new Span(strands(item.strands()));
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

    private static String strands(Collection<HateStrand> strands) {
        return String.join(", ", strands.stream().sorted().map(HateStrand::label).toList());
    }

    private static Component twoLines(String first, String second) {
        Span top = new Span(first);
        Span below = new Span(second);
        below.addClassName("cf-muted");
        Div cell = new Div(top, below);
        cell.addClassName("cf-intake-two-lines");
        return cell;
    }

    /** "a crime", "an incident", "an intelligence": what kind of record the report becomes. */
    private static String recordType(IntakeReport r) {
        String type = r.item().kind().recordType().name().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String files(int count) {
        return count == 0 ? "no files" : count == 1 ? "its file" : "its " + count + " files";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
