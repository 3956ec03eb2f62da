package org.crossforce.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in against the accounts Crossforce holds, with lock-out after repeated failures.
 * Every attempt, good or bad, is on the audit trail.
 */
class PasswordSignIn implements AuthenticationProvider {

    /**
     * One answer for every failure, so that nobody learns which accounts exist or are locked; it says
     * what a legitimate user needs to know.
     */
    static final String REFUSED = "The user name or password is not right, or the account is locked after too many "
            + "failed attempts (try again later, or ask an administrator to unlock it).";

    private final Accounts accounts;
    private final AuditTrail audit;
    private final SecurityProperties settings;
    // Unknown names cost a hash check too, so that timing does not tell which accounts exist.
    private final String decoy;

    PasswordSignIn(Accounts accounts, AuditTrail audit, SecurityProperties settings,
            org.springframework.security.crypto.password.PasswordEncoder passwords) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.decoy = passwords.encode(Secrets.password());
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName().strip().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        Optional<Account> found = accounts.find(username);
        if (found.isEmpty()) {
            accounts.matches(password, decoy);
            throw failed(username, address, null, "unknown user name", new BadCredentialsException(REFUSED));
        }
        Account account = found.get();
        if (account.roles().contains(Roles.PORTAL)) {
            // A service signs in with its token only. Refused before the attempt is counted, so that
            // guesses at its password cannot lock it, and the public portal with it, out.
            accounts.matches(password, decoy);
            throw failed(username, address, account, "service account: token only",
                    new BadCredentialsException(REFUSED));
        }
        // The attempt is counted before the password is checked, so that guesses sent at once count too.
        if (!accounts.claimAttempt(username, settings.lockoutAttempts(), settings.lockoutDuration())) {
            accounts.matches(password, decoy);
            throw failed(username, address, account, "account locked", new LockedException(REFUSED));
        }
        if (!accounts.matches(password, accounts.hash(username))) {
            boolean nowLocked = accounts.find(username).map(a -> a.lockedAt(accounts.now())).orElse(false);
            throw failed(username, address, account, nowLocked ? "wrong password; account locked" : "wrong password",
                    nowLocked ? new LockedException(REFUSED) : new BadCredentialsException(REFUSED));
        }
        if (!account.enabled()) {
            throw failed(username, address, account, "account disabled", new BadCredentialsException(REFUSED));
        }
        accounts.recordSuccess(username);
        SignedInUser user = SignedInUser.of(account, SignedInUser.Via.PASSWORD);
        audit.record(AuditEvent.ok(asCaller(username, account, address), AuditAction.SIGN_IN, List.of(),
                Map.of("via", "password")));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private AuthenticationException failed(String username, String address, Account account, String reason,
            AuthenticationException answer) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("via", "password");
        details.put("reason", reason);
        audit.record(new AuditEvent(asCaller(username, account, address), AuditAction.SIGN_IN_FAILED,
                AuditOutcome.DENIED, List.of(), details));
        return answer;
    }

    private static Caller asCaller(String username, Account account, String address) {
        if (account == null) {
            String name = username.length() > 100 ? username.substring(0, 100) : username;
            return new Caller(name, Set.of(), Set.of(), Marking.OFFICIAL, "", address, List.of());
        }
        return SignedInUser.of(account, SignedInUser.Via.PASSWORD).caller("", address, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
