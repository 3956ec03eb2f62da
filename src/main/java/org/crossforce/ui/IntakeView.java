package org.crossforce.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.ReportNotFoundException;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;

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

    private final IntakeService intake;
    private final CurrentCaller caller;
    /** Both null for an officer who works no force's intake: the page then only says so. */
    private final IntakeQueue queue;
    private final IntakeReportPanel report;

    IntakeView(IntakeService intake, Forces forces, ForceBoundaries boundaries, MapProperties mapProperties,
            CurrentCaller caller) {
        this.intake = intake;
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
            queue = null;
            report = null;
            return;
        }
        queue = new IntakeQueue(intake, forces, caller, desks, this::open, this::closeReport);
        report = new IntakeReportPanel(forces, caller, new IntakeDecisions(intake, forces, caller, this::act),
                new IntakeMessages(intake, caller, this::act), new IntakePlace(forces, boundaries, mapProperties),
                new IntakeFiles(intake, caller));
        add(queue.tools(), queue.grid(), report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (queue == null) {
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("ref").orElse(null);
        if (wanted != null && !wanted.isBlank()) {
            open(wanted);
        } else {
            queue.reload();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (queue != null) {
            queue.startPolling(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (queue != null) {
            queue.stopPolling(event.getUI());
        }
    }

    private void open(String reference) {
        IntakeReport opening;
        try {
            opening = intake.open(caller.get(), reference);
        } catch (ReportNotFoundException | NotPermittedException | IllegalArgumentException e) {
            Notices.error(e.getMessage());
            if (queue.isEmpty()) {
                queue.reload();
            }
            return;
        }
        queue.showForce(opening.item().force());
        showReport(opening);
        // Opening moved a new report on to "opened".
        queue.reload();
    }

    private void showReport(IntakeReport r) {
        queue.opened(r.reference());
        remember(r.reference());
        report.show(r);
    }

    private void closeReport() {
        queue.noneOpened();
        report.clear();
        remember(null);
    }

    /** The address names the open report, so that a reload or a link shared brings it back. */
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
            queue.reload();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | NotPermittedException
                | ReportNotFoundException e) {
            Notices.error(e.getMessage());
            return false;
        }
    }
}
