package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in with a password, locking out after repeated failures, API tokens, and a role
 * refused a door it has no right to, each with its audit entry.
 */
@CrossforceIntegrationTest
@TestPropertySource(properties = {"crossforce.security.lockout-attempts=3", "crossforce.security.lockout-duration=1h"})
class SignInIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PasswordSignIn signIn;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void theRightPasswordSignsInAndTheSignInIsAudited() {
        TestAccounts.ensure(context, "si.right", Set.of(Roles.ANALYST), ForceCode.of("kent"), Marking.SECRET);

        Authentication in = signIn.authenticate(attempt("si.right", TestAccounts.PASSWORD));

        assertThat(in.isAuthenticated()).isTrue();
        SignedInUser user = (SignedInUser) in.getPrincipal();
        assertThat(user.roles()).containsExactly(Roles.ANALYST);
        assertThat(user.homeForce()).isEqualTo(ForceCode.of("kent"));
        assertThat(in.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ANALYST");
        AuditEntry entry = latest("si.right");
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.OK);
        assertThat(entry.address()).isEqualTo("10.1.2.3");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        TestAccounts.ensure(context, "si.locked", Set.of(Roles.ANALYST), ForceCode.of("kent"), Marking.OFFICIAL);

        assertThatThrownBy(() -> signIn.authenticate(attempt("si.locked", "wrong password one")))
                .isInstanceOf(BadCredentialsException.class).hasMessage(PasswordSignIn.REFUSED);
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.locked", "wrong password two")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.locked", "wrong password three")))
                .isInstanceOf(LockedException.class).hasMessage(PasswordSignIn.REFUSED);
        // Locked: even the right password is refused now.
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.locked", TestAccounts.PASSWORD)))
                .isInstanceOf(LockedException.class);
        assertThat(accounts.find("si.locked").orElseThrow().lockedAt(accounts.now())).isTrue();
        AuditEntry refused = latest("si.locked");
        assertThat(refused.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(refused.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(refused.details()).contains("account locked");

        accounts.unlock(TestAccounts.ADMIN, "si.locked");

        assertThat(signIn.authenticate(attempt("si.locked", TestAccounts.PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void guessesSentAtOnceAreCountedTooAndNoMoreThanTheLimitAreChecked() throws Exception {
        TestAccounts.ensure(context, "si.burst", Set.of(Roles.ANALYST), ForceCode.of("kent"), Marking.OFFICIAL);

        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "guess number " + i;
                guesses.add(pool.submit(() -> {
                    try {
                        signIn.authenticate(attempt("si.burst", guess));
                    } catch (org.springframework.security.core.AuthenticationException refused) {
                        // every guess is wrong
                    }
                }));
            }
            for (var guess : guesses) {
                guess.get();
            }
        }

        List<AuditEntry> failures = audit.find(AuditFilter.all().byUser("si.burst")
                .byAction(AuditAction.SIGN_IN_FAILED), 50);
        assertThat(failures).hasSize(12);
        assertThat(failures).filteredOn(e -> e.details().contains("\"reason\":\"wrong password"))
                .as("passwords checked: the limit of 3, however many guesses arrive at once").hasSize(3);
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.burst", TestAccounts.PASSWORD)))
                .isInstanceOf(LockedException.class).hasMessage(PasswordSignIn.REFUSED);
    }

    @Test
    void aPasswordResetEndsTheAccountsTokens() {
        String token = TestAccounts.token(context, "si.reset", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.OFFICIAL);
        assertThat(Api.as(port, token).get("/api/search?q=anything").status()).isEqualTo(200);

        String oneTime = accounts.resetPassword(TestAccounts.ADMIN, "si.reset");

        assertThat(Api.as(port, token).get("/api/search?q=anything").status()).isEqualTo(401);
        String fresh = accounts.issueToken(TestAccounts.ADMIN, "si.reset", "after the reset");
        assertThat(Api.as(port, fresh).get("/api/search?q=anything").status())
                .as("a token the administrator issues afresh").isEqualTo(200);
        assertThat(oneTime).matches("[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}");
        assertThat(audit.find(AuditFilter.all().byUser("test.admin").byAction(AuditAction.ACCOUNT_CHANGE), 10))
                .anySatisfy(e -> assertThat(e.details()).contains("password reset", "si.reset"));
    }

    @Test
    void anAdministratorHoldsNoRoleThatReadsPoliceData() {
        assertThatThrownBy(() -> accounts.create(TestAccounts.ADMIN, new Accounts.NewAccount("si.both", "Both",
                Set.of(Roles.ADMINISTRATOR, Roles.ANALYST), ForceCode.of("kent"), Marking.SECRET, TestAccounts.PASSWORD,
                false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no police data");
    }

    @Test
    void thePortalsServiceAccountHasNoOtherRoleSignsInOnlyWithItsTokenAndGuessesDoNotLockItOut() {
        assertThatThrownBy(() -> accounts.create(TestAccounts.ADMIN, new Accounts.NewAccount("si.portal.intake",
                "Portal and intake", Set.of(Roles.PORTAL, Roles.INTAKE), ForceCode.of("kent"), Marking.OFFICIAL,
                TestAccounts.PASSWORD, false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no other role");
        String token = TestAccounts.token(context, "si.portal", Set.of(Roles.PORTAL), null, Marking.OFFICIAL);

        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("si.portal", "a guess at its password")))
                    .isInstanceOf(BadCredentialsException.class).hasMessage(PasswordSignIn.REFUSED);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.portal", TestAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class).hasMessage(PasswordSignIn.REFUSED);
        assertThat(latest("si.portal").details()).contains("service account: token only");
        assertThat(accounts.find("si.portal").orElseThrow().lockedAt(accounts.now())).isFalse();
        assertThat(Api.as(port, token).get("/api/public-desk/appeals").status()).isEqualTo(200);
        assertThat(Api.as(port, token).get("/api/ingest/status").status()).isEqualTo(403);
    }

    @Test
    void signInsThatHaveRunOutAreSwept(@Autowired SignInSessions sessions,
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        java.time.OffsetDateTime longAgo = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(2);
        jdbc.sql("""
                INSERT INTO sign_in_session (id_hash, username, display_name, via, roles, home_force, clearance, purpose,
                    address, created_at, last_seen_at)
                VALUES (:id, 'si.gone', 'Gone', 'PASSWORD', 'analyst', 'kent', 'OFFICIAL', '', 'test', :at, :at)""")
                .param("id", "f".repeat(64)).param("at", longAgo).update();

        assertThat(sessions.sweep()).isPositive();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_session WHERE username = 'si.gone'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("si.nobody", "whatever it is")))
                .isInstanceOf(BadCredentialsException.class).hasMessage(PasswordSignIn.REFUSED);
        assertThat(latest("si.nobody").details()).contains("unknown user name");
    }

    @Test
    void aDisabledAccountCannotSignInNorUseItsToken() {
        String token = TestAccounts.token(context, "si.disabled", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.OFFICIAL);
        assertThat(Api.as(port, token).get("/api/search?q=anything").status()).isEqualTo(200);

        accounts.setEnabled(TestAccounts.ADMIN, "si.disabled", false);

        assertThatThrownBy(() -> signIn.authenticate(attempt("si.disabled", TestAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(Api.as(port, token).get("/api/search?q=anything").status()).isEqualTo(401);
    }

    @Test
    void aRoleWithoutTheRightIsRefusedAndTheRefusalIsAudited(@TempDir Path dir) throws Exception {
        String intake = TestAccounts.token(context, "si.intake", Set.of(Roles.INTAKE), ForceCode.of("kent"),
                Marking.SECRET);
        String analyst = TestAccounts.token(context, "si.analyst", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.SECRET);
        String auditor = TestAccounts.token(context, "si.auditor", Set.of(Roles.AUDITOR), null, Marking.OFFICIAL);
        String admin = TestAccounts.token(context, "si.admin", Set.of(Roles.ADMINISTRATOR), null, Marking.OFFICIAL);
        Path file = Files.writeString(dir.resolve("note.txt"), "A note for the refusals.");

        for (String reader : List.of(intake, auditor, admin)) {
            Api.Response refused = Api.as(port, reader).get("/api/search?q=note");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body().get("reason").asString()).contains("may not read police data");
        }
        assertThat(latest("si.admin").action()).isEqualTo(AuditAction.SEARCH);
        assertThat(latest("si.admin").outcome()).isEqualTo(AuditOutcome.DENIED);

        Api.Response upload = Api.as(port, analyst).upload("kent", Map.of(), file);
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.body().get("reason").asString()).contains("may not send files for ingestion");
        assertThat(Api.as(port, intake).upload("kent", Map.of(), file).status()).isEqualTo(200);
        assertThat(Api.as(port, intake).upload("metropolitan", Map.of(), file).status()).isEqualTo(403);
    }

    @Test
    void aSearchWithoutAStatedPurposeIsRefused() {
        String analyst = TestAccounts.token(context, "si.nopurpose", Set.of(Roles.ANALYST), ForceCode.of("kent"),
                Marking.SECRET);

        Api.Response refused = Api.as(port, analyst).withPurpose(null).get("/api/search?q=anything");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("reason").asString()).contains("State the purpose", "Crossforce-Purpose");
        assertThat(latest("si.nopurpose").details()).contains("no purpose");
        assertThat(Api.as(port, analyst).withPurpose("Safeguarding: REF-1").get("/api/search?q=anything").status())
                .isEqualTo(200);
        assertThat(latest("si.nopurpose").purpose()).isEqualTo("Safeguarding: REF-1");
    }

    @Test
    void anUnknownOrMissingTokenIsAnswered401WithAReason() {
        Api.Response none = new Api(port).get("/api/search?q=anything");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body().get("reason").asString()).contains("Sign in first");
        assertThat(Api.as(port, "cft_not-a-real-token").get("/api/search?q=anything").status()).isEqualTo(401);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("10.1.2.3");
        attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
        return attempt;
    }

    private AuditEntry latest(String user) {
        return audit.find(AuditFilter.all().byUser(user), 1).getFirst();
    }
}
