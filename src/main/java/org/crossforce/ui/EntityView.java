package org.crossforce.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Html;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.links.EntityProfile;
import org.crossforce.links.EntityService;
import org.crossforce.links.MentionHit;
import org.crossforce.links.Neighbour;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One entity's profile: every spelling seen, which forces hold it, when it was mentioned, the
 * records that mention it with the mention marked, and what it appears with. The id travels as a
 * query parameter: entity ids hold slashes (PNC IDs), spaces (postcodes) and {@code #} (a record's person).
 */
@Route("entity")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class EntityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(EntityView.class);

    private final EntityService entities;
    private final org.crossforce.identity.IdentityService identities;
    private final Forces forces;
    private final CurrentCaller caller;
    private String title = "Entity · Crossforce";

    EntityView(EntityService entities, org.crossforce.identity.IdentityService identities, Forces forces,
            CurrentCaller caller) {
        this.entities = entities;
        this.identities = identities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);
    }

    static String href(String id) {
        return "entity?id=" + MarkedText.encode(id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink("Find another entity", EntitiesView.class);
        back.addClassName("cf-muted");
        add(back);
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("id", List.of());
        String id = ids.isEmpty() ? "" : ids.getFirst();
        PurposeDialog.thenRun(caller, () -> {
            Optional<EntityProfile> profile;
            try {
                profile = entities.profile(caller.get(), id);
            } catch (IllegalArgumentException e) {
                profile = Optional.empty();
            } catch (RuntimeException e) {
                log.warn("Profile of {} failed", id, e);
                add(error("This profile cannot be shown at the moment: Crossforce cannot reach its index. "
                        + "Try again in a minute."));
                return;
            }
            profile.ifPresentOrElse(this::show, this::showMissing);
        });
    }

    private void show(EntityProfile profile) {
        var entity = profile.entity();
        title = entity.label() + " · Crossforce";
        H2 heading = new H2(entity.label());
        heading.setId("entity-title");
        Div meta = new Div(EntityLabels.badge(entity.type()), new Span(summaryOf(profile)));
        meta.addClassName("cf-hit-meta");
        add(heading, meta);
        if (!entity.id().startsWith("name:")) {
            Anchor chart = new Anchor("chart?start=" + MarkedText.encode(entity.id()), "Open on a link chart");
            chart.setId("entity-chart");
            chart.addClassName("cf-download");
            add(chart);
        }
        if (entity.id().startsWith("person:")) {
            identity(entity.id().substring("person:".length()));
        }
        if (entity.id().startsWith("name:")) {
            Div note = new Div(new Span("Every record that names someone " + entity.label() + ". A name alone does not "
                    + "make these one person: open a record to follow its person."));
            note.addClassName("cf-conditions");
            add(note);
        }
        add(new H3("Forces"), forcesTable(entity.forces()));
        if (!profile.spellings().isEmpty()) {
            Div spellings = new Div();
            spellings.addClassName("cf-spellings");
            spellings.setId("entity-spellings");
            profile.spellings().forEach(s -> {
                Span chip = new Span(s);
                chip.addClassName("cf-chip");
                spellings.add(chip);
            });
            add(new H3("Written as"), spellings);
        }
        if (!profile.timeline().isEmpty()) {
            add(new H3("Mentions over time"), timeline(profile.timeline()));
        }
        add(new H3("Appears with"), neighbours(profile.neighbours()));
        add(new H3("Records and documents"), mentions(profile));
    }

    /** The person's identity across forces, when identities are resolved and the person has one. */
    private void identity(String key) {
        try {
            identities.identitiesOf(caller.get(), key).stream().findFirst().ifPresent(p -> {
                Anchor link = new Anchor(IdentityView.href(p.identity()), p.records() == 1
                        ? "Identity: no other record is this person yet"
                        : String.format("One person across %d records: open the identity", p.records()));
                link.setId("entity-identity");
                link.addClassName("cf-download");
                add(link);
            });
        } catch (org.crossforce.identity.IdentitiesNotReadyException e) {
            Span wait = new Span(e.getMessage());
            wait.addClassName("cf-muted");
            add(wait);
        }
    }

    private String summaryOf(EntityProfile profile) {
        var entity = profile.entity();
        return String.format("%,d record%s and %,d document%s in %d force%s", entity.records(),
                entity.records() == 1 ? "" : "s", entity.documents(), entity.documents() == 1 ? "" : "s",
                entity.forces().size(), entity.forces().size() == 1 ? "" : "s");
    }

    private Div forcesTable(Map<String, Long> counts) {
        Div list = new Div();
        list.setId("entity-forces");
        list.addClassName("cf-force-counts");
        counts.forEach((force, count) -> list.add(new Div(new Span(forces.nameOf(ForceCode.of(force))),
                new Span(String.format(" %,d", count)))));
        return list;
    }

    /** One bar per month, scaled to the busiest month. */
    private Div timeline(List<EntityProfile.MonthCount> months) {
        long most = months.stream().mapToLong(EntityProfile.MonthCount::count).max().orElse(1);
        Div chart = new Div();
        chart.addClassName("cf-timeline");
        chart.setId("entity-timeline");
        for (EntityProfile.MonthCount month : months) {
            Div bar = new Div();
            bar.addClassName("cf-timeline-bar");
            bar.getStyle().set("height", Math.max(4, 60 * month.count() / most) + "px");
            Div column = new Div(bar, new Span(month.month()));
            column.addClassName("cf-timeline-month");
            column.getElement().setAttribute("title", month.month() + ": " + month.count());
            chart.add(column);
        }
        return chart;
    }

    private com.vaadin.flow.component.Component neighbours(List<Neighbour> neighbours) {
        if (neighbours.isEmpty()) {
            Div empty = new Div(new Span("No other entity appears in the same records."));
            empty.addClassName("cf-empty");
            return empty;
        }
        Grid<Neighbour> grid = new Grid<>();
        grid.addComponentColumn(n -> EntityLabels.badge(n.type())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(n -> new Anchor(href(n.id()), n.label())).setHeader("Entity").setFlexGrow(2);
        grid.addColumn(Neighbour::shared).setHeader("Shared records").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> String.format("%.1f", n.significance())).setHeader("Significance")
                .setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(n -> "How far beyond chance the two appear together: an entity seen with "
                        + "everything scores near zero");
        grid.setItems(neighbours);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("entity-neighbours");
        return grid;
    }

    private VerticalLayout mentions(EntityProfile profile) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("entity-mentions");
        for (MentionHit hit : profile.mentions()) {
            Div card = new Div();
            card.addClassName("cf-hit");
            RouterLink link = new RouterLink(hit.title() == null ? hit.document() : hit.title(), DocumentView.class,
                    new RouteParameters("id", hit.document()));
            link.addClassName("cf-hit-title");
            Div meta = new Div(Badges.marking(hit.marking()));
            if ("C".equals(hit.handling())) {
                meta.add(Badges.handling(hit.handling()));
            }
            meta.add(new Span(forces.nameOf(ForceCode.of(hit.force()))),
                    new Span(hit.date() == null ? "undated" : Dates.format(hit.date())),
                    new Span("record".equals(hit.kind()) ? "record" : "document"));
            meta.addClassName("cf-hit-meta");
            card.add(link, meta);
            if (hit.conditions() != null) {
                card.add(Badges.conditions(hit.conditions()));
            }
            // Only <em> is markup in a snippet: the service escapes everything else.
            hit.snippets().forEach(s -> card.add(new Html("<div class=\"cf-snippet\">…" + s + "…</div>")));
            list.add(card);
        }
        long total = profile.entity().mentions();
        if (total > profile.mentions().size()) {
            Span more = new Span(String.format("Showing the newest %d of %,d.", profile.mentions().size(), total));
            more.addClassName("cf-muted");
            list.add(more);
        }
        return list;
    }

    private void showMissing() {
        title = "Entity not found · Crossforce";
        Div empty = new Div(new Span("No record you may read mentions this entity."));
        empty.addClassName("cf-empty");
        empty.setId("entity-missing");
        add(empty);
    }

    private static Div error(String text) {
        Div error = new Div(new Span(text));
        error.addClassName("cf-error");
        return error;
    }
}
