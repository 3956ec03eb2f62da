package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.crossforce.security.Accounts;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.NotPermittedException;
import org.crossforce.shared.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code account}: the operator's way in when nobody can sign in (the administrator is locked out
 * or lost the password) and for setting up scripts: creates accounts, resets passwords, unlocks,
 * and issues API tokens, straight in the store of this data directory. Whoever can run it can
 * read that directory anyway; every change is on the audit trail as the command line's.
 * A separate public portal's service account is made here too:
 * {@code account --user portal --create --role portal --token} prints its token.
 */
@Command(name = AccountCommand.NAME, mixinStandardHelpOptions = true,
        description = "Create an account, reset its password, unlock it, issue or revoke its API tokens.")
final class AccountCommand implements Callable<Integer> {

    static final String NAME = "account";
    private static final Caller OPERATOR = new Caller("local-operator", Set.of(Roles.ADMINISTRATOR), Set.of(),
            Marking.OFFICIAL, "", "command line", List.of());

    @Option(names = "--user", required = true, description = "The account's user name.")
    String user;

    @Option(names = "--create", description = "Create the account, with a one-time password printed once.")
    boolean create;

    @Option(names = "--name", description = "The name of the person (with --create).")
    String name;

    @Option(names = "--role", split = ",", description = "Roles (with --create): ${COMPLETION-CANDIDATES}.")
    List<String> roles = List.of();

    @Option(names = "--force", description = "Home force (with --create).")
    String force;

    @Option(names = "--clearance", defaultValue = "OFFICIAL", description = "Clearance (with --create).")
    String clearance;

    @Option(names = "--reset-password", description = "Print a new one-time password, to be changed at sign-in.")
    boolean reset;

    @Option(names = "--unlock", description = "Lift a lock-out.")
    boolean unlock;

    @Option(names = "--token", description = "Issue an API token and print it (shown once).")
    boolean token;

    @Option(names = "--revoke-tokens", description = "Revoke every API token of the account.")
    boolean revoke;

    @Option(names = "--label", defaultValue = "script", description = "What the token is for.")
    String label;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<Accounts> accounts;

    AccountCommand(Supplier<Accounts> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!create && !reset && !unlock && !token && !revoke) {
            err.println("Say what to do: --create, --reset-password, --unlock, --revoke-tokens or --token.");
            err.flush();
            return 2;
        }
        try {
            Accounts store = accounts.get();
            if (create) {
                String oneTime = org.crossforce.security.Accounts.oneTimePassword();
                store.create(OPERATOR, new Accounts.NewAccount(user, name == null ? user : name, Set.copyOf(roles),
                        force == null ? null : ForceCode.of(force), Marking.parse(clearance), oneTime, true));
                if (roles.contains(Roles.PORTAL)) {
                    // Its password opens nothing (PasswordSignIn refuses service accounts): not worth showing.
                    out.println("Service account " + user + " created for a public portal: it calls the intake API "
                            + "with an API token (--token), and signs in no other way.");
                } else {
                    out.println("Account " + user + " created. One-time password (change it at first sign-in): "
                            + oneTime);
                }
            }
            if (reset) {
                out.println("One-time password for " + user + " (change it at sign-in): "
                        + store.resetPassword(OPERATOR, user));
            }
            if (unlock) {
                store.unlock(OPERATOR, user);
                out.println("Account " + user + " unlocked.");
            }
            if (revoke) {
                store.revokeTokens(OPERATOR, user);
                out.println("Every API token of " + user + " is revoked.");
            }
            if (token) {
                out.println(store.issueToken(OPERATOR, user, label));
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | NotPermittedException refused) {
            err.println(refused.getMessage());
            err.flush();
            return 1;
        }
    }
}
