package org.crossforce.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crossforce.security.Accounts;
import org.crossforce.security.CurrentCaller;

/** Changing one's own password; the first sign-in with a one-time password ends here. */
@Route("password")
@PageTitle("Change password · Crossforce")
@PermitAll
public class PasswordView extends VerticalLayout {

    PasswordView(Accounts accounts, CurrentCaller caller) {
        addClassName("cf-page");
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField next = new PasswordField("New password");
        next.setId("new-password");
        next.setHelperText("At least 12 characters; a few unrelated words make a good one.");
        PasswordField again = new PasswordField("New password again");
        again.setId("new-password-again");
        Div message = new Div();
        message.setId("password-message");
        Button change = new Button("Change password", e -> {
            if (!next.getValue().equals(again.getValue())) {
                message.setText("The two new passwords differ.");
                message.setClassName("cf-error");
                return;
            }
            try {
                accounts.changePassword(caller.forPasswordChange(), current.getValue(), next.getValue());
                getUI().ifPresent(ui -> ui.navigate(HomeView.class));
            } catch (IllegalArgumentException wrong) {
                message.setText(wrong.getMessage());
                message.setClassName("cf-error");
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickShortcut(Key.ENTER);
        change.setId("change-password");
        Paragraph why = new Paragraph(caller.mustChangePassword()
                ? "You signed in with a one-time password. Choose your own before you go on."
                : "Choose a new password for your account.");
        why.addClassName("cf-muted");
        VerticalLayout box = new VerticalLayout(new H2("Change password"), why, current, next, again, change, message);
        box.setMaxWidth("28em");
        box.setPadding(false);
        add(box);
    }
}
