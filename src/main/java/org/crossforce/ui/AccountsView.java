package org.crossforce.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.security.Account;
import org.crossforce.security.Accounts;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;

/** Accounts, for administrators: create, disable, unlock, reset a password. */
@Route("admin/accounts")
@PageTitle("Accounts · Crossforce")
@RolesAllowed("ADMINISTRATOR")
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final Accounts accounts;
    private final Forces forces;
    private final CurrentCaller caller;
    private final Grid<Account> grid = new Grid<>(Account.class, false);

    AccountsView(Accounts accounts, Forces forces, CurrentCaller caller) {
        this.accounts = accounts;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        Button create = new Button("New account", VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        HorizontalLayout top = new HorizontalLayout(new H2("Accounts"), create);
        top.setAlignItems(Alignment.BASELINE);
        Paragraph hint = new Paragraph("Who may sign in, with which roles, for which force and up to which marking. "
                + "What a force shares with others is set under Sharing agreements. Every change is on the audit trail.");
        hint.addClassName("cf-muted");

        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Account::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.roles().stream().sorted().map(Roles::label).toList()))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(a -> a.homeForce() == null ? "—" : forces.nameOf(a.homeForce())).setHeader("Home force")
                .setAutoWidth(true);
        grid.addColumn(a -> a.clearance().label()).setHeader("Clearance").setAutoWidth(true);
        grid.addColumn(this::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(top, hint, grid);
        refresh();
    }

    private String state(Account account) {
        if (!account.enabled()) {
            return "disabled";
        }
        if (account.lockedAt(java.time.Instant.now())) {
            return "locked until " + WHEN.format(account.lockedUntil());
        }
        return account.mustChangePassword() ? "must change password" : "active";
    }

    private HorizontalLayout actions(Account account) {
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable",
                e -> act(() -> accounts.setEnabled(caller.get(), account.username(), !account.enabled()),
                        account.username() + (account.enabled() ? " disabled" : " enabled")));
        Button unlock = new Button("Unlock", e -> act(() -> accounts.unlock(caller.get(), account.username()),
                account.username() + " unlocked"));
        unlock.setVisible(account.lockedAt(java.time.Instant.now()));
        Button reset = new Button("Reset password", e -> {
            try {
                String oneTime = accounts.resetPassword(caller.get(), account.username());
                showOnce(account.username(), oneTime);
                refresh();
            } catch (IllegalArgumentException | NotPermittedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        Button revoke = new Button("Revoke tokens", e -> act(() -> accounts.revokeTokens(caller.get(),
                account.username()), "Every API token of " + account.username() + " revoked"));
        for (Button b : new Button[] {toggle, unlock, reset, revoke}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(toggle, unlock, reset, revoke);
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        TextField username = new TextField("User name");
        username.setId("account-username");
        username.setHelperText("Lower case, e.g. j.smith");
        TextField name = new TextField("Name");
        name.setId("account-name");
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
        roles.setId("account-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        ComboBox<Force> home = new ComboBox<>("Home force");
        home.setId("account-force");
        home.setItems(forces.all().stream().sorted(Comparator.comparing(Force::name)).toList());
        home.setItemLabelGenerator(Force::name);
        home.setHelperText("Empty only for an administrator or auditor");
        Select<Marking> clearance = new Select<>();
        clearance.setLabel("Clearance");
        clearance.setItems(Marking.values());
        clearance.setItemLabelGenerator(Marking::label);
        clearance.setValue(Marking.OFFICIAL);
        clearance.setId("account-clearance");
        PasswordField password = new PasswordField("One-time password");
        password.setId("account-password");
        password.setHelperText("At least 12 characters; the user must change it at first sign-in");
        VerticalLayout fields = new VerticalLayout(username, name, roles, home, clearance, password);
        fields.setPadding(false);
        dialog.add(fields);
        Button save = new Button("Create account", e -> {
            try {
                accounts.create(caller.get(), new Accounts.NewAccount(username.getValue().strip(), name.getValue(),
                        Set.copyOf(roles.getValue()), home.getValue() == null ? null : home.getValue().code(),
                        clearance.getValue(), password.getValue(), true));
                dialog.close();
                Notification.show("Account " + username.getValue().strip() + " created", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (IllegalArgumentException | NotPermittedException refused) {
                Notices.error(refused.getMessage());
            }
        });
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void showOnce(String username, String oneTime) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("One-time password for " + username);
        Span secret = new Span(oneTime);
        secret.addClassName("cf-secret");
        dialog.add(new Paragraph("Hand it to the user by a trusted route. It is shown only now; the user must "
                + "change it at first sign-in."), new Div(secret));
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
            refresh();
        } catch (IllegalArgumentException | NotPermittedException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(accounts.all(caller.get()));
    }
}
