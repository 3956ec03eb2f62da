package org.crossforce.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts Crossforce holds. Administrators create, disable, unlock and reset them; every
 * change is on the audit trail, in the same transaction as the change.
 */
@Service
public class Accounts {

    /** NCSC advice: length, not composition rules. */
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final Duration tokenLifetime;
    private final Clock clock;

    Accounts(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, PasswordEncoder passwords,
            SecurityProperties settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.passwords = passwords;
        this.tokenLifetime = settings.tokenLifetime();
        this.clock = Clock.systemUTC();
    }

    /**
     * What an administrator fills in for a new account.
     *
     * @param homeForce null only for an account without police data (an administrator, an auditor)
     */
    public record NewAccount(String username, String displayName, Set<String> roles, ForceCode homeForce,
            Marking clearance, String password, boolean mustChangePassword) {
    }

    /** A random password for a first sign-in, readable off a screen. */
    public static String oneTimePassword() {
        return Secrets.password();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = :u").param("u", username).query(Accounts::account)
                .optional();
    }

    public List<Account> all(Caller administrator) {
        administrator.requireAnyRole("list accounts", List.of(Roles.ADMINISTRATOR));
        return jdbc.sql("SELECT * FROM account ORDER BY username").query(Accounts::account).list();
    }

    public boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single() == 0;
    }

    public Account create(Caller administrator, NewAccount request) {
        administrator.requireAnyRole("create an account", List.of(Roles.ADMINISTRATOR));
        validate(request);
        Instant now = now();
        try {
            insert(administrator, request, now);
        } catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFirst) {
            throw new IllegalArgumentException("There is already an account " + request.username());
        }
        return find(request.username()).orElseThrow();
    }

    private void insert(Caller administrator, NewAccount request, Instant now) {
        transactions.executeWithoutResult(status -> {
            if (find(request.username()).isPresent()) {
                throw new IllegalArgumentException("There is already an account " + request.username());
            }
            jdbc.sql("""
                    INSERT INTO account (username, display_name, password_hash, roles, home_force, clearance, enabled,
                        must_change_password, failed_attempts, locked_until, created_by, created_at)
                    VALUES (:u, :name, :hash, :roles, :home, :clearance, TRUE, :must, 0, NULL, :by, :at)""")
                    .param("u", request.username()).param("name", request.displayName().strip())
                    .param("hash", passwords.encode(request.password()))
                    .param("roles", String.join(",", request.roles().stream().sorted().toList()))
                    .param("home", request.homeForce() == null ? null : request.homeForce().value())
                    .param("clearance", request.clearance().label()).param("must", request.mustChangePassword())
                    .param("by", administrator.user()).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
            Map<String, Object> details = change("created", request.username());
            details.put("roles", request.roles().stream().sorted().toList());
            details.put("home_force", request.homeForce() == null ? "" : request.homeForce().value());
            details.put("clearance", request.clearance().label());
            audit.record(AuditEvent.ok(administrator, AuditAction.ACCOUNT_CHANGE, List.of(), details));
        });
    }

    public void setEnabled(Caller administrator, String username, boolean enabled) {
        administrator.requireAnyRole((enabled ? "enable" : "disable") + " an account", List.of(Roles.ADMINISTRATOR));
        changeAccount(administrator, username, enabled ? "enabled" : "disabled",
                "UPDATE account SET enabled = :v WHERE username = :u", Map.of("v", enabled));
        if (!enabled) {
            // A disabled account is out everywhere at once, not when its sessions expire.
            endSessions(username);
        }
    }

    public void unlock(Caller administrator, String username) {
        administrator.requireAnyRole("unlock an account", List.of(Roles.ADMINISTRATOR));
        changeAccount(administrator, username, "unlocked",
                "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = :u", Map.of());
    }

    /** @return a one-time password, to be handed to the user, who must change it at next sign-in */
    public String resetPassword(Caller administrator, String username) {
        administrator.requireAnyRole("reset a password", List.of(Roles.ADMINISTRATOR));
        String oneTime = Secrets.password();
        changeAccount(administrator, username, "password reset",
                "UPDATE account SET password_hash = :h, must_change_password = TRUE, failed_attempts = 0,"
                        + " locked_until = NULL WHERE username = :u",
                Map.of("h", passwords.encode(oneTime)));
        // A reset is what an administrator does for a lost or stolen password: whoever held it is out.
        endSessionsAndTokens(username);
        return oneTime;
    }

    /** Revokes every API token of the account; its scripts are refused from the next request. */
    public void revokeTokens(Caller caller, String username) {
        if (!caller.user().equals(username)) {
            caller.requireAnyRole("revoke another account's tokens", List.of(Roles.ADMINISTRATOR));
        }
        changeAccount(caller, username, "tokens revoked",
                "UPDATE api_token SET revoked = TRUE WHERE username = :u AND NOT revoked", Map.of());
    }

    private void endSessions(String username) {
        jdbc.sql("DELETE FROM sign_in_session WHERE username = :u").param("u", username).update();
    }

    private void endSessionsAndTokens(String username) {
        endSessions(username);
        jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE username = :u").param("u", username).update();
    }

    /** The user's own change, proving the current password first. */
    public void changePassword(Caller self, String current, String next) {
        Account account = find(self.user()).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (!passwords.matches(current, hash(account.username()))) {
            throw new IllegalArgumentException("The current password is not right.");
        }
        requireStrong(next);
        if (next.equals(current)) {
            throw new IllegalArgumentException("The new password must differ from the current one.");
        }
        changeAccount(self, account.username(), "password changed",
                "UPDATE account SET password_hash = :h, must_change_password = FALSE WHERE username = :u",
                Map.of("h", passwords.encode(next)));
    }

    /**
     * Issues an API token for scripts. An administrator may issue one for any account, anybody else
     * for their own.
     *
     * @return the token: shown once, and kept only as its hash
     */
    public String issueToken(Caller caller, String username, String label) {
        if (!caller.user().equals(username)) {
            caller.requireAnyRole("issue a token for another account", List.of(Roles.ADMINISTRATOR));
        }
        Account account = find(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
        String token = Secrets.token();
        Instant now = now();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO api_token (token_hash, username, label, created_at, expires_at, revoked)
                    VALUES (:h, :u, :label, :at, :until, FALSE)""")
                    .param("h", Secrets.sha256(token)).param("u", account.username())
                    .param("label", label == null || label.isBlank() ? "script" : label.strip())
                    .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .param("until", OffsetDateTime.ofInstant(now.plus(tokenLifetime), ZoneOffset.UTC))
                    .update();
            Map<String, Object> details = change("token issued", username);
            details.put("label", label == null ? "" : label);
            audit.record(AuditEvent.ok(caller, AuditAction.ACCOUNT_CHANGE, List.of(), details));
        });
        return token;
    }

    /** The account a live token belongs to, if it is enabled and not locked. */
    Optional<Account> byToken(String token) {
        return jdbc.sql("""
                SELECT a.* FROM api_token t JOIN account a ON a.username = t.username
                WHERE t.token_hash = :h AND NOT t.revoked AND t.expires_at > :now""")
                .param("h", Secrets.sha256(token)).param("now", OffsetDateTime.ofInstant(now(), ZoneOffset.UTC))
                .query(Accounts::account).optional()
                // A token is issued by an administrator or the operator, not by a one-time password's
                // holder (who can do nothing but change it), so a pending change does not stop scripts.
                .filter(a -> a.enabled() && !a.lockedAt(now()));
    }

    String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = :u").param("u", username)
                .query(String.class).optional().orElse(null);
    }

    /**
     * Counts a sign-in attempt before its password is checked, in one statement, so that guesses
     * sent at once from several instances or threads are counted too: the attempt that reaches the
     * limit locks the account, and a success clears the count. A lock that has run out starts the
     * count again.
     *
     * @return false when the account is locked: the password is then not checked at all
     */
    boolean claimAttempt(String username, int limit, Duration lockFor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
        return jdbc.sql("""
                UPDATE account SET
                    failed_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END,
                    locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END)
                        >= :limit THEN :until ELSE NULL END
                WHERE username = :u AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("limit", limit).param("until", now.plus(lockFor)).param("u", username).param("now", now)
                .update() == 1;
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = :u")
                .param("u", username).update();
    }

    boolean matches(String password, String hash) {
        return passwords.matches(password, hash);
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Applies the change to an account that exists, with its audit entry in the same transaction. */
    private void changeAccount(Caller caller, String username, String change, String sql, Map<String, Object> params) {
        transactions.executeWithoutResult(status -> {
            if (find(username).isEmpty()) {
                throw new IllegalArgumentException("There is no account " + username);
            }
            jdbc.sql(sql).params(params).param("u", username).update();
            audit.record(AuditEvent.ok(caller, AuditAction.ACCOUNT_CHANGE, List.of(), change(change, username)));
        });
    }

    private static Map<String, Object> change(String change, String username) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", change);
        details.put("account", username);
        return details;
    }

    private static void validate(NewAccount request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new IllegalArgumentException("A user name is 2 to 100 lower-case letters, digits, dots, dashes or "
                    + "underscores, starting with a letter or digit.");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new IllegalArgumentException("An account needs the name of the person it belongs to.");
        }
        if (request.roles().isEmpty() || !Roles.ALL.containsAll(request.roles())) {
            throw new IllegalArgumentException("An account has one or more of the roles " + Roles.ALL + ".");
        }
        if (request.roles().contains(Roles.PORTAL) && request.roles().size() > 1) {
            // A service's token is kept on another machine, in another zone: it must open nothing else.
            throw new IllegalArgumentException("A public portal service account has no other role.");
        }
        boolean readsPoliceData = request.roles().stream()
                .anyMatch(r -> Roles.READERS.contains(r) || Roles.INTAKE.equals(r));
        if (readsPoliceData && request.roles().contains(Roles.ADMINISTRATOR)) {
            throw new IllegalArgumentException("An administrator has no police data: give the person a second account "
                    + "for analysis or intake.");
        }
        if (readsPoliceData && request.homeForce() == null) {
            throw new IllegalArgumentException("An analyst, supervisor or intake officer belongs to a home force.");
        }
        requireStrong(request.password());
    }

    static void requireStrong(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        String home = rs.getString("home_force");
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(rs.getString("username"), rs.getString("display_name"),
                Set.copyOf(Arrays.asList(rs.getString("roles").split(","))), home == null ? null : ForceCode.of(home),
                Marking.parse(rs.getString("clearance")), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
