package org.crossforce.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crossforce.security.CurrentCaller;

/**
 * Asks for the purpose of a search session, as the PNC does, before the first search or record:
 * a reason code and, optionally, a reference such as an operation or an occurrence number.
 */
final class PurposeDialog extends Dialog {

    static final List<String> REASONS = List.of("Intelligence development", "Investigation", "Safeguarding",
            "Missing person", "Public protection", "Disclosure");

    /** After the purpose is stated the page is opened again, header included, now with its purpose. */
    PurposeDialog(CurrentCaller caller) {
        setHeaderTitle("Purpose of this session");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setId("purpose-dialog");
        Select<String> reason = new Select<>();
        reason.setLabel("Reason");
        reason.setItems(REASONS);
        reason.setPlaceholder("Choose a reason");
        reason.setId("purpose-reason");
        reason.setWidthFull();
        TextField reference = new TextField("Reference (optional)");
        reference.setPlaceholder("e.g. OP-HARBOURLIGHT, occurrence 01/23456/26");
        reference.setId("purpose-reference");
        reference.setWidthFull();
        reference.setMaxLength(200);
        Paragraph why = new Paragraph("Every search and record you open in this session is recorded with this purpose.");
        why.addClassName("cf-muted");
        VerticalLayout body = new VerticalLayout(why, reason, reference);
        body.setPadding(false);
        body.setWidth("26em");
        add(body);
        Button start = new Button("Start session", e -> {
            if (reason.isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Choose the reason for this session");
                return;
            }
            String ref = reference.getValue().strip();
            caller.statePurpose(ref.isEmpty() ? reason.getValue() : reason.getValue() + ": " + ref);
            close();
            UI.getCurrent().getPage().reload();
        });
        start.setId("purpose-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickShortcut(Key.ENTER);
        getFooter().add(start);
    }

    /** Runs the action now if the session has a purpose; otherwise asks for one first. */
    static void thenRun(CurrentCaller caller, Runnable action) {
        boolean stated = caller.user().map(u -> !u.purpose().isBlank()).orElse(false);
        if (stated) {
            action.run();
        } else {
            new PurposeDialog(caller).open();
        }
    }
}
