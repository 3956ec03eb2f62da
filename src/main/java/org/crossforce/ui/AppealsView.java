package org.crossforce.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;

/**
 * A force's appeals to the public: what it has published, with the answers each has had, and a
 * form to publish another with its photos. Answers arrive as public reports in the force's queue.
 */
@Route("appeals")
@RolesAllowed("INTAKE")
@PageTitle("Appeals · Crossforce")
public class AppealsView extends VerticalLayout {

    private final AppealService appeals;
    private final Forces forces;
    private final CurrentCaller caller;

    private final Select<ForceCode> force = new Select<>();
    private final H3 listHeading = new H3();
    private final Grid<AppealService.AppealSummary> list = new Grid<>();

    AppealsView(AppealService appeals, IntakeService intake, Forces forces, CurrentCaller caller,
            StagingDirectory staging, IntakeProperties properties) {
        this.appeals = appeals;
        this.forces = forces;
        this.caller = caller;
        addClassNames("cf-page", "cf-intake");
        setPadding(false);

        Span intro = new Span("Appeals ask the public for information about something that happened. They are shown on "
                + "the public portal until their end date; answers arrive in Public reports.");
        intro.addClassName("cf-muted");
        add(new H2("Appeals"), intro);

        List<ForceCode> desks = intake.desks(caller.get());
        if (desks.isEmpty()) {
            Div none = new Div(new Span("You publish no force's appeals. An administrator gives an intake officer a "
                    + "home force."));
            none.addClassName("cf-empty");
            add(none);
            return;
        }
        force.setLabel("Force");
        force.setId("appeals-force");
        force.setItems(desks);
        force.setItemLabelGenerator(forces::nameOf);
        force.setValue(desks.getFirst());
        force.setReadOnly(desks.size() == 1);
        force.setWidth("20em");
        force.addValueChangeListener(e -> load());

        configureList();
        add(force, listHeading, list, new H3("Publish an appeal"),
                new AppealForm(appeals, caller, staging, properties, force::getValue, this::load));
        load();
    }

    private void configureList() {
        list.setId("appeals-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setWidthFull();
        list.addComponentColumn(s -> {
            Span name = new Span(s.appeal().title());
            name.addClassName("cf-intake-appeal-title");
            return IntakeParts.twoLines(name, "Appeal " + s.appeal().id() + " · published "
                    + Dates.format(s.appeal().publishedAt()));
        }).setHeader("Appeal").setFlexGrow(3);
        list.addColumn(s -> s.appeal().place()).setHeader("Place").setFlexGrow(2);
        list.addColumn(s -> Dates.format(s.appeal().occurredOn())).setHeader("Happened").setWidth("8rem").setFlexGrow(0);
        list.addColumn(s -> Dates.format(s.appeal().endsOn())).setHeader("Ends").setWidth("8rem").setFlexGrow(0);
        list.addComponentColumn(s -> state(s.appeal())).setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        list.addColumn(AppealService.AppealSummary::answers).setHeader("Answers").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        list.addColumn(s -> s.appeal().images().size()).setHeader("Images").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        list.addComponentColumn(s -> {
            if (!s.appeal().current(Dates.today())) {
                return new Span();
            }
            Button withdraw = new Button("Withdraw", e -> confirmWithdraw(s.appeal()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("cf-intake-withdraw");
            return withdraw;
        }).setHeader("").setWidth("8rem").setFlexGrow(0);
    }

    private void load() {
        ForceCode desk = force.getValue();
        String name = forces.nameOf(desk);
        listHeading.setText("Appeals of " + name);
        List<AppealService.AppealSummary> all;
        try {
            all = appeals.list(caller.get(), desk);
        } catch (NotPermittedException e) {
            Notices.error(e.getMessage());
            return;
        }
        list.setItems(all);
        list.setAllRowsVisible(all.size() <= 10);
        list.setHeight(all.size() <= 10 ? null : "28em");
        list.setEmptyStateText(name + " has published no appeals yet. Publish one below.");
    }

    private void confirmWithdraw(PublicAppeal appeal) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("appeal-withdraw-dialog");
        confirm.setHeader("Withdraw this appeal?");
        confirm.setText("“" + appeal.title() + "” is taken off the public portal at once. Answers already sent "
                + "stay in Public reports.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Withdraw");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                appeals.withdraw(caller.get(), appeal.id());
                Notification.show("Appeal withdrawn: " + appeal.title(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException | IllegalStateException | NotPermittedException refused) {
                Notices.error(refused.getMessage());
            }
            load();
        });
        confirm.open();
    }

    private static Span state(PublicAppeal appeal) {
        String label = appeal.withdrawnAt() != null ? "Withdrawn" : appeal.current(Dates.today()) ? "Current" : "Ended";
        Span badge = new Span(label);
        badge.addClassNames("cf-intake-status", "cf-intake-appeal-" + label.toLowerCase(Locale.ROOT));
        if (appeal.withdrawnAt() != null) {
            badge.getElement().setAttribute("title", "Withdrawn " + Dates.formatWithTime(appeal.withdrawnAt()));
        }
        return badge;
    }
}
