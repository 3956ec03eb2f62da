package org.crossforce.security;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.crossforce.shared.Caller;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start there is no account, so nobody could sign in to create one: Crossforce
 * creates an administrator with a one-time password and prints it once, on standard output. The
 * administrator changes it at first sign-in; it is never printed again nor stored in clear.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private final Accounts accounts;
    private final SecurityProperties settings;
    private final PrintStream out;

    FirstAdministrator(Accounts accounts, SecurityProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        String password = Secrets.password();
        Caller setup = new Caller("first start", Set.of(Roles.ADMINISTRATOR), Set.of(), Marking.OFFICIAL, "", "",
                List.of());
        try {
            accounts.create(setup, new Accounts.NewAccount(settings.firstAdministrator(), "Administrator",
                    Set.of(Roles.ADMINISTRATOR), null, Marking.OFFICIAL, password, true));
        } catch (IllegalArgumentException anotherInstanceWasFirst) {
            return;
        }
        out.println();
        out.println("==================================================================");
        out.println(" Crossforce: the first administrator account was created.");
        out.println("   user name: " + settings.firstAdministrator());
        out.println("   password:  " + password);
        out.println(" This password is shown once, here. Sign in and change it now.");
        out.println("==================================================================");
        out.println();
    }
}
