package org.crossforce.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.security.CurrentCaller;

/**
 * The audit trail for auditors: who looked at a record, what a user looked at, filtered by force,
 * purpose, action and time, newest first, and exported as CSV under the trail's marking.
 */
@Route("audit")
@RolesAllowed("AUDITOR")
@PageTitle("Audit trail · Crossforce")
public class AuditView extends VerticalLayout {

    private static final int SHOWN = 500;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AuditTrail audit;
    private final CurrentCaller caller;

    private final TextField user = new TextField("User");
    private final TextField record = new TextField("Record or document id");
    private final TextField force = new TextField("Force");
    private final TextField purpose = new TextField("Purpose");
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> entries = new Grid<>(AuditEntry.class, false);
    private final Span summary = new Span();

    AuditView(AuditTrail audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        user.setId("audit-user");
        record.setId("audit-record");
        action.setItems(AuditAction.values());
        action.setClearButtonVisible(true);
        action.setPlaceholder("Any");
        for (TextField field : List.of(user, record, force, purpose)) {
            field.setClearButtonVisible(true);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Button apply = new Button("Show", VaadinIcon.SEARCH.create(), e -> show());
        apply.setId("audit-show");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Anchor export = new Anchor(csv(), "Export CSV");
        export.setId("audit-export");
        export.addClassName("cf-download");

        HorizontalLayout filters = new HorizontalLayout(user, record, force, purpose, action, from, to, apply);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        summary.setId("audit-summary");
        summary.addClassName("cf-muted");
        Paragraph marking = new Paragraph(AuditTrail.MARKING + " – the audit trail says who looked at what.");
        marking.addClassName("cf-muted");
        add(new H2("Audit trail"), marking, filters, new HorizontalLayout(summary, export), entries);
        show();
    }

    private void configureGrid() {
        entries.setId("audit-entries");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        entries.setHeight("36em");
        entries.addColumn(e -> Dates.formatWithTime(e.at())).setHeader("When").setWidth("10em").setFlexGrow(0);
        entries.addColumn(AuditEntry::user).setHeader("User").setWidth("9em").setFlexGrow(0);
        // A national account works for every force: the count, with the list on hover.
        entries.addColumn(e -> e.forces().size() <= 2 ? String.join(", ", e.forces()) : e.forces().size() + " forces")
                .setHeader("Forces").setWidth("8em").setFlexGrow(0)
                .setTooltipGenerator(e -> String.join(", ", e.forces()));
        entries.addColumn(AuditEntry::address).setHeader("From").setWidth("8em").setFlexGrow(0);
        entries.addColumn(AuditEntry::purpose).setHeader("Purpose").setFlexGrow(1);
        entries.addColumn(e -> e.action().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
                .setHeader("Action").setWidth("10em").setFlexGrow(0);
        entries.addColumn(e -> e.outcome().name()).setHeader("Outcome").setWidth("7em").setFlexGrow(0)
                .setPartNameGenerator(e -> e.outcome() == org.crossforce.audit.AuditOutcome.OK ? null : "cf-failed");
        entries.addColumn(AuditView::records).setHeader("Records").setFlexGrow(2).setTooltipGenerator(AuditView::records);
        entries.addColumn(AuditEntry::details).setHeader("Details").setFlexGrow(3).setTooltipGenerator(AuditEntry::details);
        entries.setEmptyStateText("No audit entry matches these filters.");
    }

    private void show() {
        List<AuditEntry> found = audit.search(caller.get(), filter(), SHOWN);
        entries.setItems(found);
        summary.setText(found.size() >= SHOWN ? "The latest " + SHOWN + " entries that match; narrow the filters, or "
                + "export, for more." : found.size() + (found.size() == 1 ? " entry" : " entries") + " match.");
    }

    private AuditFilter filter() {
        return AuditFilter.all().byUser(user.getValue()).byRecord(record.getValue()).byForce(force.getValue())
                .byPurpose(purpose.getValue()).byAction(action.getValue())
                .between(start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UK).toInstant();
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("crossforce-audit-trail.csv");
            event.setContentType("text/csv");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.export(caller.get(), filter(), 100_000, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The ids an entry concerns, without the JSON around them. */
    private static String records(AuditEntry entry) {
        return entry.records().replaceAll("[\\[\\]\"]", "").replace(",", ", ");
    }
}
