package org.crossforce.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.identity.IdentitiesNotReadyException;
import org.crossforce.identity.IdentityRecord;
import org.crossforce.identity.IdentityService;
import org.crossforce.identity.ReviewItem;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;

/**
 * The review queue: candidate matches the model is unsure of, the ones whose answer moves the
 * most records first. An analyst reads both records and why they might be one person, then says
 * whether they are; the answer stands against every later automatic run.
 */
@Route("identities/review")
@PageTitle("Identity review · Crossforce")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final int QUEUE = 100;

    private final IdentityService identities;
    private final Forces forces;
    private final CurrentCaller caller;
    private final Grid<ReviewItem> queue = new Grid<>();
    private final Div detail = new Div();
    private final Span count = new Span();
    private final TextField name = new TextField();
    private Map<String, IdentityRecord> records = Map.of();

    ReviewView(IdentityService identities, Forces forces, CurrentCaller caller) {
        this.identities = identities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);
        H2 heading = new H2("Identity review");
        Span intro = new Span("Pairs of records that may be one person and that Crossforce would not join on its own. "
                + "The questions whose answer moves the most records come first.");
        intro.addClassName("cf-muted");
        count.setId("review-count");
        name.setId("review-name");
        name.setPlaceholder("Only pairs where a name holds…");
        name.setClearButtonVisible(true);
        name.setWidth("22em");
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> load());
        queue.setId("review-queue");
        queue.addColumn(i -> describe(i.a())).setHeader("Record").setFlexGrow(2);
        queue.addColumn(i -> describe(i.b())).setHeader("May be the same person as").setFlexGrow(2);
        queue.addColumn(i -> ExplanationTable.Percent.of(i.probability())).setHeader("Match probability")
                .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(i -> i.recordsA() + i.recordsB()).setHeader("Records moved").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(i -> "Joining would bring together " + i.recordsA() + " and " + i.recordsB()
                        + " records");
        queue.addColumn(i -> i.refused() == null ? "" : "Not joined: " + i.refused()).setHeader("Note").setFlexGrow(1);
        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // A question stays open until another is chosen: clicking it again must not close it.
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<ReviewItem>) queue.getSelectionModel())
                .setDeselectAllowed(false);
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("review-detail");
        detail.setWidthFull();
        add(heading, intro, name, count, queue, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PurposeDialog.thenRun(caller, this::load);
    }

    private void load() {
        detail.removeAll();
        List<ReviewItem> items;
        try {
            items = identities.review(caller.get(), QUEUE, name.getValue());
        } catch (IdentitiesNotReadyException e) {
            count.setText(e.getMessage());
            queue.setItems(List.of());
            return;
        }
        records = identities.records(caller.get(), items.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.a(), i.b())).distinct().toList());
        queue.setItems(items);
        queue.setAllRowsVisible(items.size() <= 8);
        if (items.size() > 8) {
            queue.setHeight("22em");
        }
        if (items.isEmpty() && !name.isEmpty()) {
            count.setText("No pair waiting for review has a name holding \"" + name.getValue().strip() + "\".");
            return;
        }
        if (items.isEmpty()) {
            count.setText("Nothing waits for review: every candidate match is either clear or already judged.");
            Div empty = new Div(new Span("When new records arrive that may be someone already known, they appear here."));
            empty.addClassName("cf-empty");
            detail.add(empty);
            return;
        }
        count.setText(items.size() == QUEUE ? "The " + QUEUE + " questions that matter most"
                : items.size() == 1 ? "1 question waits for an answer" : items.size() + " questions wait for an answer");
        queue.select(items.getFirst());
    }

    private String describe(String key) {
        IdentityRecord r = records.get(key);
        if (r == null) {
            return key;
        }
        StringBuilder text = new StringBuilder(r.name());
        if (r.born() != null) {
            text.append(", ").append(r.born());
        }
        return text.append(" · ").append(forces.nameOf(ForceCode.of(r.force()))).toString();
    }

    private void show(ReviewItem item) {
        detail.removeAll();
        if (item == null) {
            return;
        }
        IdentityRecord a = records.get(item.a());
        IdentityRecord b = records.get(item.b());
        if (a == null || b == null) {
            return;
        }
        Div pair = new Div(new PersonCard(a, forces, item.identityA(), identityLabel(item.recordsA())),
                new PersonCard(b, forces, item.identityB(), identityLabel(item.recordsB())));
        pair.addClassName("cf-pair");
        detail.add(new H3("Are these one person?"), pair);
        identities.explain(caller.get(), item.a(), item.b()).ifPresent(why -> {
            ExplanationTable table = new ExplanationTable(why);
            table.setId("review-why");
            detail.add(new H3("Why they may be"), table);
        });
        TextField reason = new TextField("Reason (kept with your judgement)");
        reason.setId("review-reason");
        reason.setWidth("28em");
        Button same = new Button("Same person", e -> judge(item, true, reason.getValue()));
        same.setId("review-same");
        same.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button different = new Button("Different people", e -> judge(item, false, reason.getValue()));
        different.setId("review-different");
        different.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div judge = new Div(reason, same, different);
        judge.addClassName("cf-judge");
        detail.add(judge);
    }

    private static String identityLabel(int records) {
        return "Open its identity (" + records + (records == 1 ? " record)" : " records)");
    }

    private void judge(ReviewItem item, boolean same, String reason) {
        try {
            List<String> moved = identities.judge(caller.get(), item.a(), item.b(), same,
                    reason == null || reason.isBlank() ? null : reason.strip());
            String identity = identities.identitiesOf(caller.get(), item.a()).stream().findFirst()
                    .map(p -> p.identity()).orElse(null);
            Notification done = Notification.show(String.format(Locale.UK, "%s: %d record%s moved.",
                    same ? "Joined as one person" : "Kept apart", moved.size(), moved.size() == 1 ? "" : "s"),
                    4000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
            if (same && identity != null) {
                Div next = new Div(new com.vaadin.flow.component.html.Anchor(IdentityView.href(identity),
                        "Open the joined identity"));
                next.setId("review-joined");
                detail.addComponentAsFirst(next);
            }
        } catch (IllegalStateException | IllegalArgumentException | IdentityService.NotFound e) {
            Notices.error(e.getMessage());
        }
    }
}
