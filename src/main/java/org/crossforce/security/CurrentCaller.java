package org.crossforce.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.NotPermittedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller of the current request: the signed-in user with the grants their force's sharing
 * agreements give, the purpose they stated and the address they came from. Outside a web request
 * (the command line, the demo loader) it is the local operator.
 */
@Component
@EnableConfigurationProperties(LocalOperatorProperties.class)
public class CurrentCaller {

    /** Scripts state the purpose of their requests in this header. */
    public static final String PURPOSE_HEADER = "Crossforce-Purpose";
    private static final String MEMO = CurrentCaller.class.getName() + ".caller";

    private final Caller localOperator;
    private final SharingAgreements agreements;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final SignedInUsers users;
    private final ObjectProvider<SignInSessions> sessions;

    private final SecurityContextHolderStrategy holder;

    CurrentCaller(LocalOperatorProperties properties, Forces forces, SharingAgreements agreements,
            SignedInUsers users, ObjectProvider<SignInSessions> sessions, AuditTrail audit, Accounts accounts,
            ObjectProvider<SecurityContextHolderStrategy> holders) {
        // The strategy this application's filter chain writes to, not the JVM-wide default: a second
        // application in the same JVM (as in the tests) replaces that default with its own.
        this.holder = holders.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.agreements = agreements;
        this.accounts = accounts;
        this.audit = audit;
        this.users = users;
        this.sessions = sessions;
        Set<ForceCode> scope = properties.forces().isEmpty()
                ? forces.all().stream().map(Force::code).collect(Collectors.toSet())
                : properties.forces().stream().map(forces::require).collect(Collectors.toSet());
        List<Grant> grants = scope.stream().map(f -> new Grant(f, properties.clearance(), true)).toList();
        this.localOperator = new Caller(properties.user(), properties.roles(), scope, properties.clearance(), "",
                "command line", grants);
    }

    public Caller get() {
        Optional<HttpServletRequest> request = request();
        if (request.isPresent() && request.get().getAttribute(MEMO) instanceof Caller known) {
            return known;
        }
        Optional<SignedInUser> user = signedIn();
        if (user.isPresent()) {
            if (mustChangePassword(user.get())) {
                throw new NotPermittedException("Change your one-time password first.");
            }
            Caller caller = caller(user.get(), request);
            // One request asks several times (a page and the services it calls): the account and
            // the agreements are read once.
            request.ifPresent(r -> r.setAttribute(MEMO, caller));
            return caller;
        }
        if (request.isPresent()) {
            throw new NotPermittedException("Sign in first.");
        }
        return localOperator;
    }

    /** The caller changing their own password, which a one-time password allows and nothing else. */
    public Caller forPasswordChange() {
        SignedInUser user = signedIn().orElseThrow(() -> new NotPermittedException("Sign in first."));
        return caller(user, request());
    }

    /** Whether the signed-in user holds a one-time password, which opens nothing but its change. */
    public boolean mustChangePassword() {
        return signedIn().map(this::mustChangePassword).orElse(false);
    }

    private boolean mustChangePassword(SignedInUser user) {
        return user.via() == SignedInUser.Via.PASSWORD
                && accounts.find(user.username()).map(Account::mustChangePassword).orElse(false);
    }

    /** The signed-in user, if any, without their grants: for greeting them and choosing their start page. */
    public Optional<SignedInUser> user() {
        return signedIn();
    }

    /**
     * Records the purpose of this sign-in session; every request of the session carries it from now
     * on, and the audit trail with it.
     */
    public void statePurpose(String purpose) {
        HttpServletRequest request = request().orElseThrow(() -> new IllegalStateException("Not in a web request"));
        SignedInUser user = signedIn().orElseThrow(() -> new NotPermittedException("Sign in first."));
        String stated = purpose == null ? "" : purpose.strip();
        sessions.getObject().statePurpose(request, stated);
        request.removeAttribute(MEMO);
        SignedInUser updated = user.withPurpose(stated);
        holder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        audit.record(AuditEvent.ok(caller(updated, Optional.of(request)), AuditAction.PURPOSE_STATED, List.of(),
                Map.of("purpose", stated)));
    }

    private Caller caller(SignedInUser user, Optional<HttpServletRequest> request) {
        List<Grant> grants = user.homeForce() == null ? List.of()
                : Grants.of(user.homeForce(), user.roles(), user.clearance(), agreements.sharedWith(user.homeForce()));
        String purpose = user.purpose();
        if (user.via() == SignedInUser.Via.TOKEN) {
            purpose = request.map(r -> r.getHeader(PURPOSE_HEADER)).map(String::strip).orElse("");
        }
        String address = request.map(HttpServletRequest::getRemoteAddr).orElse("");
        return user.caller(purpose, address, grants);
    }

    private Optional<SignedInUser> signedIn() {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.of(authentication.getPrincipal());
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
