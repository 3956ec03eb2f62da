package org.crossforce.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.core.context.DeferredSecurityContext;

/**
 * Sign-ins kept in the shared database rather than in one server's memory, so that every
 * Crossforce instance behind a load balancer knows who is signed in, and a sign-out, a disabled
 * account or an expired session ends the sign-in on all of them at once. The browser holds a random
 * id in a cookie; the database holds only its SHA-256.
 */
class SignInSessions implements SecurityContextRepository, LogoutHandler {

    static final String COOKIE = "CROSSFORCE_SIGN_IN";
    private static final String CREATED = SignInSessions.class.getName() + ".created";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SecurityProperties settings;
    private final SignedInUsers users;
    private final AuditTrail audit;
    private final SecurityContextHolderStrategy holder;

    SignInSessions(JdbcClient jdbc, Accounts accounts, SecurityProperties settings, SignedInUsers users,
            AuditTrail audit, org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> holders) {
        // This application's strategy, as the filter chain uses it (see CurrentCaller).
        this.holder = holders.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settings = settings;
        this.users = users;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new Deferred(() -> load(request).map(this::context).orElse(null), holder);
    }

    private SecurityContext context(SignedInUser user) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }

    /** Reads the database only when the request first asks who is signed in. */
    private static final class Deferred implements DeferredSecurityContext {
        private final Supplier<SecurityContext> load;
        private final SecurityContextHolderStrategy holder;
        private SecurityContext context;
        private boolean missing;

        Deferred(Supplier<SecurityContext> load, SecurityContextHolderStrategy holder) {
            this.load = load;
            this.holder = holder;
        }

        @Override
        public SecurityContext get() {
            if (context == null) {
                context = load.get();
                if (context == null) {
                    missing = true;
                    context = holder.createEmptyContext();
                }
            }
            return context;
        }

        @Override
        public boolean isGenerated() {
            get();
            return missing;
        }
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(
            org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
        return load(requestResponseHolder.getRequest()).map(this::context).orElseGet(holder::createEmptyContext);
    }

    /** Starts a sign-in session when a sign-in has just succeeded. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || request.getAttribute(CREATED) != null) {
            return;
        }
        SignedInUser user = users.of(authentication.getPrincipal()).orElse(null);
        if (user == null || user.via() == SignedInUser.Via.TOKEN) {
            return;
        }
        // A new sign-in replaces whatever sign-in this browser had: never two people in one browser.
        cookieValue(request).ifPresent(old -> end(Secrets.sha256(old)));
        sweep();
        String id = Secrets.sessionId();
        OffsetDateTime now = OffsetDateTime.ofInstant(accounts.now(), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO sign_in_session (id_hash, username, display_name, via, roles, home_force, clearance,
                    purpose, address, created_at, last_seen_at)
                VALUES (:id, :u, :name, :via, :roles, :home, :clearance, '', :address, :now, :now)""")
                .param("id", Secrets.sha256(id)).param("u", user.username()).param("name", user.displayName())
                .param("via", user.via().name()).param("roles", String.join(",", user.roles().stream().sorted().toList()))
                .param("home", user.homeForce() == null ? null : user.homeForce().value())
                .param("clearance", user.clearance().label()).param("address", String.valueOf(request.getRemoteAddr()))
                .param("now", now).update();
        request.setAttribute(CREATED, id);
        response.addCookie(cookie(request, id, -1));
        if (user.via() == SignedInUser.Via.OIDC) {
            // A password sign-in is recorded where the password is checked; this one was checked by the
            // force's identity provider.
            audit.record(AuditEvent.ok(caller(user, request), AuditAction.SIGN_IN, List.of(), Map.of("via", "oidc")));
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return load(request).isPresent();
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        cookieValue(request).ifPresent(id -> end(Secrets.sha256(id)));
        if (authentication != null) {
            users.of(authentication.getPrincipal()).ifPresent(user -> audit.record(
                    AuditEvent.ok(caller(user, request), AuditAction.SIGN_OUT, List.of(), Map.of())));
        }
        response.addCookie(cookie(request, "", 0));
    }

    /** Records the purpose stated for the sign-in session of this request. */
    void statePurpose(HttpServletRequest request, String purpose) {
        String id = cookieValue(request).orElseThrow(() -> new IllegalStateException("Not signed in in a browser"));
        int changed = jdbc.sql("UPDATE sign_in_session SET purpose = :p WHERE id_hash = :id").param("p", purpose)
                .param("id", Secrets.sha256(id)).update();
        if (changed == 0) {
            throw new org.crossforce.shared.NotPermittedException("This sign-in has ended: sign in again.");
        }
    }

    private Optional<SignedInUser> load(HttpServletRequest request) {
        Optional<String> id = cookieValue(request);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(id.get());
        Optional<Row> row = jdbc.sql("SELECT * FROM sign_in_session WHERE id_hash = :id").param("id", hash)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("display_name"),
                        SignedInUser.Via.valueOf(rs.getString("via")),
                        Set.copyOf(Arrays.asList(rs.getString("roles").split(","))), rs.getString("home_force"),
                        Marking.parse(rs.getString("clearance")), rs.getString("purpose"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant now = accounts.now();
        Row r = row.get();
        if (r.lastSeen().plus(settings.sessionIdle()).isBefore(now) || r.created().plus(settings.sessionMaximum())
                .isBefore(now)) {
            end(hash);
            return Optional.empty();
        }
        Optional<SignedInUser> user = r.via() == SignedInUser.Via.PASSWORD
                // An account's roles, force and clearance are read afresh: a change holds at the next click.
                ? accounts.find(r.username()).filter(Account::enabled)
                        .map(a -> SignedInUser.of(a, SignedInUser.Via.PASSWORD))
                : Optional.of(new SignedInUser(r.username(), r.displayName(), r.roles(),
                        r.homeForce() == null ? null : ForceCode.of(r.homeForce()), r.clearance(), r.via(), ""));
        if (user.isEmpty()) {
            end(hash);
            return Optional.empty();
        }
        if (r.lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.sql("UPDATE sign_in_session SET last_seen_at = :now WHERE id_hash = :id")
                    .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", hash).update();
        }
        return user.map(u -> u.withPurpose(r.purpose()));
    }

    private static Caller caller(SignedInUser user, HttpServletRequest request) {
        return user.caller(user.purpose(), request.getRemoteAddr(), List.of());
    }

    /** Deletes the sign-ins that have run out; each new sign-in sweeps, so no scheduler is needed. */
    int sweep() {
        Instant now = accounts.now();
        return jdbc.sql("DELETE FROM sign_in_session WHERE last_seen_at < :idle OR created_at < :oldest")
                .param("idle", OffsetDateTime.ofInstant(now.minus(settings.sessionIdle()), ZoneOffset.UTC))
                .param("oldest", OffsetDateTime.ofInstant(now.minus(settings.sessionMaximum()), ZoneOffset.UTC))
                .update();
    }

    private void end(String hash) {
        jdbc.sql("DELETE FROM sign_in_session WHERE id_hash = :id").param("id", hash).update();
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> !v.isBlank()).findFirst();
    }

    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies() || request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private record Row(String username, String displayName, SignedInUser.Via via, Set<String> roles,
            String homeForce, Marking clearance, String purpose, Instant created, Instant lastSeen) {
    }
}
