package org.crossforce.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.security.CurrentCaller;
import org.crossforce.security.SharingAgreement;
import org.crossforce.security.SharingAgreements;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;

/** Sharing agreements between forces, for administrators: which force shares what with whom. */
@Route("admin/agreements")
@PageTitle("Sharing agreements · Crossforce")
@RolesAllowed("ADMINISTRATOR")
public class AgreementsView extends VerticalLayout {

    private final SharingAgreements agreements;
    private final Forces forces;
    private final CurrentCaller caller;
    private final Grid<SharingAgreement> grid = new Grid<>(SharingAgreement.class, false);

    AgreementsView(SharingAgreements agreements, Forces forces, CurrentCaller caller) {
        this.agreements = agreements;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);
        Button add = new Button("New agreement", VaadinIcon.PLUS.create(), e -> openAdd());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-agreement");
        HorizontalLayout top = new HorizontalLayout(new H2("Sharing agreements"), add);
        top.setAlignItems(Alignment.BASELINE);
        Paragraph hint = new Paragraph("A force's people always read their own force's records up to their clearance. "
                + "An agreement lets another force's holders of the named roles read them too, up to a marking; "
                + "records of handling code C only when the agreement names them, under its conditions.");
        hint.addClassName("cf-muted");

        grid.setId("agreements");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> forces.nameOf(a.owner())).setHeader("Shares its records").setAutoWidth(true);
        grid.addColumn(a -> forces.nameOf(a.recipient())).setHeader("With").setAutoWidth(true);
        grid.addColumn(a -> a.upTo().label()).setHeader("Up to").setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.roles().stream().sorted().map(Roles::label).toList()))
                .setHeader("For").setAutoWidth(true);
        grid.addColumn(a -> a.conditional() ? "yes: " + a.conditions() : "no").setHeader("Handling C")
                .setFlexGrow(1);
        grid.addColumn(SharingAgreement::createdBy).setHeader("Made by").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button revoke = new Button("Revoke", e -> {
                try {
                    agreements.revoke(caller.get(), a.id());
                    refresh();
                } catch (IllegalArgumentException | NotPermittedException refused) {
                    Notices.error(refused.getMessage());
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No agreements: each force reads only its own records.");
        add(top, hint, grid);
        refresh();
    }

    private void openAdd() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New sharing agreement");
        List<Force> all = forces.all().stream().sorted(Comparator.comparing(Force::name)).toList();
        ComboBox<Force> owner = new ComboBox<>("Force that shares", all);
        owner.setItemLabelGenerator(Force::name);
        ComboBox<Force> recipient = new ComboBox<>("With force", all);
        recipient.setItemLabelGenerator(Force::name);
        Select<Marking> upTo = new Select<>();
        upTo.setLabel("Up to marking");
        upTo.setItems(Marking.values());
        upTo.setItemLabelGenerator(Marking::label);
        upTo.setValue(Marking.OFFICIAL);
        CheckboxGroup<String> roles = new CheckboxGroup<>("For holders of");
        roles.setItems(Roles.READERS);
        roles.setValue(Set.copyOf(Roles.READERS));
        Checkbox conditional = new Checkbox("Includes handling code C records");
        TextArea conditions = new TextArea("Conditions shown with every shared C record");
        conditions.setWidthFull();
        conditions.setVisible(false);
        conditional.addValueChangeListener(e -> conditions.setVisible(e.getValue()));
        VerticalLayout fields = new VerticalLayout(owner, recipient, upTo, roles, conditional, conditions);
        fields.setPadding(false);
        dialog.add(fields);
        Button save = new Button("Add agreement", e -> {
            if (owner.getValue() == null || recipient.getValue() == null) {
                Notices.error("Choose both forces.");
                return;
            }
            try {
                agreements.add(caller.get(), owner.getValue().code(), recipient.getValue().code(), upTo.getValue(),
                        Set.copyOf(roles.getValue()), conditional.getValue(), conditions.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException | NotPermittedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(agreements.all());
    }
}
