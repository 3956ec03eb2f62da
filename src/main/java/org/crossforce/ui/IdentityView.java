package org.crossforce.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.identity.IdentitiesNotReadyException;
import org.crossforce.identity.IdentityProfile;
import org.crossforce.identity.IdentityRecord;
import org.crossforce.identity.IdentityService;
import org.crossforce.identity.PairExplanation;
import org.crossforce.identity.StoredJudgement;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;

/**
 * One person across forces: every record joined (that the viewer may see), from which force and
 * system, how each spells the name and gives the birth, address and identifiers, why each was
 * joined; the records weighed and not joined; and analysts' judgements. An analyst can split a
 * record out, or settle a candidate either way.
 */
@Route("identity")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class IdentityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CANDIDATES = 20;

    private final IdentityService identities;
    private final Forces forces;
    private final CurrentCaller caller;
    private String id = "";
    private String title = "Identity · Crossforce";

    IdentityView(IdentityService identities, Forces forces, CurrentCaller caller) {
        this.identities = identities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);
    }

    static String href(String identity) {
        return "identity?id=" + MarkedText.encode(identity);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of());
        id = ids.isEmpty() ? "" : ids.getFirst();
        PurposeDialog.thenRun(caller, this::load);
    }

    private void load() {
        removeAll();
        RouterLink back = new RouterLink("Identity review", ReviewView.class);
        back.addClassName("cf-muted");
        add(back);
        Optional<IdentityProfile> profile;
        try {
            profile = identities.profile(caller.get(), id);
        } catch (IdentitiesNotReadyException e) {
            add(message(e.getMessage(), "cf-empty"));
            return;
        }
        profile.ifPresentOrElse(this::show, () -> {
            title = "Identity not found · Crossforce";
            add(message("No record you may read belongs to this identity. It may have been split or joined to "
                    + "another since the link was made.", "cf-empty"));
        });
    }

    private void show(IdentityProfile p) {
        title = p.name() + " · Crossforce";
        H2 heading = new H2(p.name());
        heading.setId("identity-name");
        int n = p.records().size();
        Span summary = new Span(String.format(Locale.UK, "One person in %d record%s from %d force%s and %d system%s",
                n, n == 1 ? "" : "s", p.forces().size(), p.forces().size() == 1 ? "" : "s", p.sourceSystems().size(),
                p.sourceSystems().size() == 1 ? "" : "s"));
        Div meta = new Div(summary);
        meta.addClassName("cf-hit-meta");
        meta.setId("identity-summary");
        Anchor chart = new Anchor("chart?start=" + MarkedText.encode("identity:" + p.id()), "Open on a link chart");
        chart.setId("identity-chart");
        chart.addClassName("cf-download");
        add(heading, meta, chart);
        add(chips("Names", "identity-names", p.names()), chips("Born", "identity-births", p.datesOfBirth()),
                chips("Forces", "identity-forces", p.forces().stream().map(f -> forces.nameOf(ForceCode.of(f))).toList()),
                chips("Systems", "identity-systems", p.sourceSystems()));
        add(new H3("Records"), records(p));
        add(new H3("Weighed and not joined"), candidates());
        add(new H3("Judgements"), judgements(p.judgements()));
        add(mergeForm());
    }

    /** Joins another identity into this one, by its id, for when an analyst knows two are one person. */
    private Div mergeForm() {
        com.vaadin.flow.component.textfield.TextField other = new com.vaadin.flow.component.textfield.TextField(
                "Merge with another identity (its id, such as ID-3f2a9c1b0d4e)");
        other.setId("identity-merge-with");
        other.setWidth("26em");
        Button merge = new Button("Merge", e -> {
            try {
                identities.merge(caller.get(), id, other.getValue().strip(), "merged on the identity page");
                load();
            } catch (IllegalArgumentException | IllegalStateException | IdentityService.NotFound ex) {
                Notices.error(ex.getMessage());
            }
        });
        merge.setId("identity-merge");
        Div form = new Div(other, merge);
        form.addClassName("cf-judge");
        return form;
    }

    private Div chips(String label, String elementId, List<String> values) {
        Div row = new Div(new Span(label + ": "));
        row.setId(elementId);
        row.addClassName("cf-spellings");
        if (values.isEmpty()) {
            row.add(new Span("not given"));
        }
        values.forEach(v -> {
            Span chip = new Span(v);
            chip.addClassName("cf-chip");
            row.add(chip);
        });
        return row;
    }

    private Grid<IdentityRecord> records(IdentityProfile p) {
        Grid<IdentityRecord> grid = new Grid<>();
        grid.setId("identity-records");
        grid.addColumn(r -> forces.nameOf(ForceCode.of(r.force()))).setHeader("Force").setAutoWidth(true);
        grid.addColumn(IdentityRecord::sourceSystem).setHeader("System").setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor("documents/" + r.documentId(), r.sourceKey().length() > 24
                ? r.sourceKey().substring(0, 24) + "…" : r.sourceKey())).setHeader("Record").setAutoWidth(true);
        grid.addColumn(IdentityRecord::name).setHeader("Name as written").setFlexGrow(2);
        grid.addColumn(r -> r.born() == null ? "—" : r.born()).setHeader("Born").setAutoWidth(true);
        grid.addColumn(r -> r.addresses().isEmpty() ? "—" : String.join("; ", r.addresses())).setHeader("Address")
                .setFlexGrow(2);
        grid.addColumn(IdentityView::identifiers).setHeader("Identifiers").setFlexGrow(1);
        grid.addComponentColumn(r -> r.joinedBy() == null ? new Span("—") : whyButton(r.joinedBy()))
                .setHeader("Joined by").setAutoWidth(true);
        if (p.records().size() > 1) {
            grid.addComponentColumn(r -> {
                Button split = new Button("Split out", e -> split(r));
                split.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return split;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(p.records());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String identifiers(IdentityRecord r) {
        List<String> all = new java.util.ArrayList<>();
        all.addAll(r.phones());
        all.addAll(r.emails());
        all.addAll(r.vehicles());
        r.pncs().forEach(x -> all.add("PNC " + x));
        return all.isEmpty() ? "—" : String.join(", ", all);
    }

    private Button whyButton(PairExplanation why) {
        String label = switch (why.decision()) {
            case CONFIRMED -> "Confirmed by an analyst";
            case REJECTED -> "Rejected by an analyst";
            default -> ExplanationTable.Percent.of(why.probability());
        };
        Button button = new Button(label, e -> explain(why));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("title", "Why this record is in this identity");
        return button;
    }

    private void explain(PairExplanation why) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Why these two records are one person");
        dialog.add(new ExplanationTable(why));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("64em");
        dialog.open();
    }

    private com.vaadin.flow.component.Component candidates() {
        List<PairExplanation> weighed = identities.candidates(caller.get(), id, CANDIDATES);
        if (weighed.isEmpty()) {
            return message("No other record came close enough to be weighed.", "cf-empty");
        }
        var others = identities.records(caller.get(), weighed.stream().map(PairExplanation::b).distinct().toList());
        Grid<PairExplanation> grid = new Grid<>();
        grid.setId("identity-candidates");
        grid.addColumn(w -> others.containsKey(w.b()) ? others.get(w.b()).name() : w.b()).setHeader("Record").setFlexGrow(1);
        grid.addColumn(w -> others.containsKey(w.b()) && others.get(w.b()).born() != null ? others.get(w.b()).born() : "—")
                .setHeader("Born").setAutoWidth(true);
        grid.addColumn(w -> others.containsKey(w.b()) ? forces.nameOf(ForceCode.of(others.get(w.b()).force())) : "")
                .setHeader("Force").setAutoWidth(true);
        grid.addComponentColumn(this::whyButton).setHeader("Match probability").setAutoWidth(true);
        grid.addColumn(w -> decision(w.decision())).setHeader("Decided").setFlexGrow(1);
        grid.addComponentColumn(w -> {
            Button same = new Button("Same person", e -> judge(w, true));
            same.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button different = new Button("Different", e -> judge(w, false));
            different.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return new Div(same, different);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(weighed);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String decision(PairExplanation.Decision d) {
        return switch (d) {
            case REVIEW -> "Waiting for review";
            case REFUSED -> "Strong, but a rule keeps them apart";
            case REJECTED -> "Judged different people";
            case NOT_JOINED -> "Too weak to join";
            case CONFIRMED -> "Judged one person";
            case JOINED, JOINED_THROUGH_OTHERS -> "Joined";
        };
    }

    private com.vaadin.flow.component.Component judgements(List<StoredJudgement> judged) {
        if (judged.isEmpty()) {
            return message("No analyst has judged these records yet.", "cf-muted");
        }
        Grid<StoredJudgement> grid = new Grid<>();
        grid.setId("identity-judgements");
        grid.addColumn(j -> Dates.format(j.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(StoredJudgement::user).setHeader("Who").setAutoWidth(true);
        grid.addColumn(j -> switch (j.kind()) {
            case "CONFIRM" -> "confirmed a match";
            case "REJECT" -> "rejected a match";
            case "SPLIT" -> "split a record out";
            case "MERGE" -> "merged identities";
            default -> j.kind().toLowerCase(Locale.ROOT);
        }).setHeader("What").setAutoWidth(true);
        grid.addColumn(j -> j.reason() == null ? "" : j.reason()).setHeader("Reason").setFlexGrow(1);
        grid.setItems(judged);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void split(IdentityRecord r) {
        try {
            identities.split(caller.get(), id, r.key(), "split out on the identity page");
            load();
        } catch (IllegalArgumentException | IllegalStateException | IdentityService.NotFound e) {
            Notices.error(e.getMessage());
        }
    }

    private void judge(PairExplanation w, boolean same) {
        try {
            identities.judge(caller.get(), w.a(), w.b(), same, null);
            load();
        } catch (IllegalArgumentException | IllegalStateException | IdentityService.NotFound e) {
            Notices.error(e.getMessage());
        }
    }

    private static Div message(String text, String style) {
        Div div = new Div(new Span(text));
        div.addClassName(style);
        return div;
    }
}
