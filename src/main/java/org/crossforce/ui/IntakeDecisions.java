package org.crossforce.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/**
 * The three ends of a report, each asked for in a dialog that says what the reporter will read:
 * accepted as a record of the force, joined to an earlier report, or closed with a reason.
 */
final class IntakeDecisions {

    private final IntakeService intake;
    private final Forces forces;
    private final CurrentCaller caller;
    private final IntakeChange change;

    IntakeDecisions(IntakeService intake, Forces forces, CurrentCaller caller, IntakeChange change) {
        this.intake = intake;
        this.forces = forces;
        this.caller = caller;
        this.change = change;
    }

    void accept(IntakeReport r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Accept " + r.reference());
        String forceName = forces.nameOf(r.item().force());
        Paragraph what = new Paragraph("It becomes " + IntakeParts.recordType(r) + " record of " + forceName
                + ", with its answers, messages and " + files(r.files().size())
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
            if (change.apply(() -> intake.accept(caller.get(), r.reference(), marking.getValue(), handling.getValue()),
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

    void duplicate(IntakeReport r) {
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
            if (change.apply(() -> intake.markDuplicate(caller.get(), r.reference(), earlier.getValue()),
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

    void close(IntakeReport r) {
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
            if (change.apply(() -> intake.close(caller.get(), r.reference(), reason.getValue()),
                    r.reference() + " closed")) {
                dialog.close();
            }
        });
        confirm.setId("close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private static String files(int count) {
        return count == 0 ? "no files" : count == 1 ? "its file" : "its " + count + " files";
    }
}
