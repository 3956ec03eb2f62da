package org.crossforce.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.Reporter;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Roles;

/**
 * One report opened: everything its reporter sent, the messages both ways, and either the buttons
 * to decide it or the decision taken.
 */
final class IntakeReportPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Forces forces;
    private final CurrentCaller caller;
    private final IntakeDecisions decisions;
    private final IntakeMessages messages;
    private final IntakePlace place;
    private final IntakeFiles files;

    IntakeReportPanel(Forces forces, CurrentCaller caller, IntakeDecisions decisions, IntakeMessages messages,
            IntakePlace place, IntakeFiles files) {
        this.forces = forces;
        this.caller = caller;
        this.decisions = decisions;
        this.messages = messages;
        this.place = place;
        this.files = files;
        setId("intake-report");
        addClassName("cf-intake-report");
        setWidthFull();
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(IntakeReport r) {
        removeAll();
        setVisible(true);
        IntakeItem item = r.item();

        H3 title = new H3(r.reference());
        title.setId("intake-report-reference");
        Div badges = new Div(IntakeParts.seriousness(item.seriousness()), IntakeParts.status(item.status()));
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
        add(head, kind);
        if (r.decision() != null) {
            add(decision(r));
        }

        Div main = new Div(section("What they told us", answers(r)), section("Who reported it", reporter(r)),
                section("Messages", messages.of(r)));
        main.addClassName("cf-intake-main");
        Div side = new Div(section("Where", place.of(r)),
                section(r.files().isEmpty() ? "Files" : "Files (" + r.files().size() + ")", files.of(r)));
        side.addClassName("cf-intake-side");
        Div columns = new Div(main, side);
        columns.addClassName("cf-intake-columns");
        add(columns);
    }

    private Component actions(IntakeReport r) {
        Button accept = new Button("Accept…", VaadinIcon.CHECK.create(), e -> decisions.accept(r));
        accept.setId("intake-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button duplicate = new Button("Duplicate of…", VaadinIcon.COPY_O.create(), e -> decisions.duplicate(r));
        duplicate.setId("intake-duplicate");
        Button close = new Button("Close…", VaadinIcon.CLOSE_CIRCLE_O.create(), e -> decisions.close(r));
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
                Div how = new Div(new Span("Accepted" + byWhom + " as " + IntakeParts.recordType(r) + " record "),
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

    private static Component answers(IntakeReport r) {
        Div what = new Div();
        Pre description = new Pre(
                r.description() == null ? "" : r.description());
        description.addClassNames("cf-text", "cf-intake-description");
        description.setId("intake-description");
        what.add(description);
        PropertiesTable rows = new PropertiesTable();
        rows.row("When", text(r.occurredOn() == null ? "Not known"
                : DAY.format(r.occurredOn()) + (r.occurredAt() == null ? "" : ", " + r.occurredAt())));
        rows.row("Anyone hurt", flag(r.anyoneHurt()));
        rows.row("Still going on", flag(r.ongoing()));
        rows.row("Who was involved", text(r.involved() == null || r.involved().isBlank() ? "Not said" : r.involved()));
        if (r.item().kind() == ReportKind.HATE || !r.item().strands().isEmpty()) {
            rows.row("Motivated by", text(r.item().strands().isEmpty() ? "Not said"
                    : IntakeParts.strands(r.item().strands())));
        }
        rows.row("Category", text(r.item().category() == null ? "—" : r.item().category()));
        if (r.appealTitle() != null) {
            rows.row("Answers the appeal", text(r.appealTitle()));
        }
        what.add(rows.holder());
        return what;
    }

    private static Component reporter(IntakeReport r) {
        Reporter who = r.reporter();
        Div box = new Div();
        box.setId("intake-reporter");
        if (who.anonymous() || (who.name() == null && who.email() == null && who.phone() == null)) {
            Span anonymous = new Span("Anonymous: no name or contact details. They follow the report through their "
                    + "secure link only.");
            box.add(anonymous);
        } else {
            PropertiesTable rows = new PropertiesTable();
            rows.row("Name", text(who.name() == null ? "Not given" : who.name()));
            rows.row("Email", who.email() == null ? text("Not given") : new Anchor("mailto:" + who.email(), who.email()));
            rows.row("Phone", text(who.phone() == null ? "Not given" : who.phone()));
            box.add(rows.holder());
        }
        Div consent = new Div(r.consent() ? VaadinIcon.CHECK.create() : VaadinIcon.INFO_CIRCLE_O.create(),
                new Span(r.consent() ? "Agrees that, if the police do not take it on, the report may be kept and passed on."
                        : "Did not agree to it being passed on: unless accepted, it is deleted when its time is up."));
        consent.addClassNames("cf-intake-consent", r.consent() ? "cf-intake-consent-yes" : "cf-intake-consent-no");
        box.add(consent);
        return box;
    }

    private static Component section(String heading, Component content) {
        Div section = new Div(new H4(heading), content);
        section.addClassName("cf-intake-section");
        return section;
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
}
