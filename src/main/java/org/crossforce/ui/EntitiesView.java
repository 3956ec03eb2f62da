package org.crossforce.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.links.EntityHit;
import org.crossforce.links.EntityQuery;
import org.crossforce.links.EntitySearchResults;
import org.crossforce.links.EntityService;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding a person, vehicle, phone, address or other entity across forces: what was typed is read
 * as every identifier it could be, and as a name.
 */
@Route("entities")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@PageTitle("Entities · Crossforce")
public class EntitiesView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(EntitiesView.class);

    private final EntityService entities;
    private final Forces forces;
    private final CurrentCaller caller;
    private final TextField query = new TextField();
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    private final Span summary = new Span();
    private final Div message = new Div();
    private final Grid<EntityHit> grid = new Grid<>();

    EntitiesView(EntityService entities, Forces forces, CurrentCaller caller) {
        this.entities = entities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        query.setPlaceholder("A plate, phone number, postcode, address, PNC ID, email, NI number, weapon, drug, date "
                + "or name");
        query.setHelperText("Written any way: ab12cde or AB12 CDE, 07700 900123 or +447700900123, m1 1ae, "
                + "2001/12345H, 14/03/2025, Jon Smyth");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setId("entity-query");
        query.addKeyPressListener(Key.ENTER, e -> run());
        query.setAriaLabel("Find an entity");
        types.setLabel("Types");
        types.setPlaceholder("All types");
        types.setItems(EntityLabels.TYPES);
        types.setItemLabelGenerator(EntityLabels::type);
        types.setId("entity-types");
        Button go = new Button("Find", e -> run());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("entity-search-button");
        HorizontalLayout bar = new HorizontalLayout(query, types, go);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(query);

        grid.addComponentColumn(hit -> EntityLabels.badge(hit.type())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(hit -> {
            Anchor link = new Anchor(EntityView.href(hit.id()), hit.label());
            link.addClassName("cf-entity-link");
            return link;
        }).setHeader("Entity").setFlexGrow(2);
        grid.addColumn(EntityHit::records).setHeader("Records").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EntityHit::documents).setHeader("Documents").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(hit -> forcesOf(hit.forces())).setHeader("Forces").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("entity-results");
        grid.setVisible(false);
        summary.addClassName("cf-muted");
        summary.setId("entity-summary");
        message.setId("entity-message");
        message.setVisible(false);
        add(new H2("Entities"), bar, summary, message, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        query.setValue(q.isEmpty() ? "" : q.getFirst());
        PurposeDialog.thenRun(caller, () -> {
            if (!query.getValue().isBlank()) {
                run();
            } else {
                showMostMentioned();
            }
        });
    }

    private void run() {
        if (query.getValue().isBlank()) {
            return;
        }
        EntitySearchResults found;
        try {
            found = entities.search(caller.get(), new EntityQuery(query.getValue(), Set.copyOf(types.getValue()), Set.of()));
        } catch (RuntimeException e) {
            log.warn("Entity search failed", e);
            show("Entity search is unavailable at the moment: Crossforce cannot reach its index. Try again in a minute.",
                    "cf-error");
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "entities?" + new QueryParameters(Map.of("q", List.of(query.getValue()))).getQueryString()));
        if (found.entities().isEmpty()) {
            show("Nothing you may read mentions \"" + query.getValue() + "\". Check the spelling, try part of a plate "
                    + "or number, or search the text of documents instead.", "cf-empty");
            return;
        }
        message.setVisible(false);
        summary.setText(found.entities().size() == 1 ? "1 entity" : found.entities().size() + " entities");
        grid.setItems(found.entities());
        grid.setVisible(true);
    }

    /** A starting point before anything is typed: what the records the analyst may read mention most. */
    private void showMostMentioned() {
        List<EntityHit> most;
        try {
            most = entities.mostMentioned(caller.get(), null, 20);
        } catch (RuntimeException e) {
            log.warn("Most mentioned entities failed", e);
            most = List.of();
        }
        if (most.isEmpty()) {
            show("Type what you know: Crossforce reads it as every identifier it could be, and as a name, "
                    + "and counts the records of every force you may read.", "cf-empty");
            return;
        }
        message.setVisible(false);
        summary.setText("Most mentioned in the records you may read");
        grid.setItems(most);
        grid.setVisible(true);
    }

    private void show(String text, String style) {
        grid.setVisible(false);
        summary.setText("");
        message.setText(text);
        message.setClassName(style);
        message.setVisible(true);
    }

    private String forcesOf(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> forces.nameOf(ForceCode.of(e.getKey())) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
