package org.crossforce.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * Who a request's sign-in says is there, however they signed in: the principal of every
 * authenticated request. {@link CurrentCaller} turns it into the caller services are handed.
 *
 * @param purpose the purpose stated for this sign-in session; empty until the user states one
 */
public record SignedInUser(String username, String displayName, Set<String> roles, ForceCode homeForce,
        Marking clearance, Via via, String purpose) implements OAuth2AuthenticatedPrincipal {

    public SignedInUser {
        roles = Set.copyOf(roles);
        purpose = purpose == null ? "" : purpose;
    }

    /** How the user proved who they are. */
    public enum Via {
        PASSWORD, OIDC, TOKEN
    }

    public boolean hasAnyRole(Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** The caller this user is, with the purpose, address and grants of the request at hand. */
    public Caller caller(String purposeOfRequest, String address, List<Grant> grants) {
        return new Caller(username, roles, homeForce == null ? Set.of() : Set.of(homeForce), clearance,
                purposeOfRequest, address, grants);
    }

    public SignedInUser withPurpose(String newPurpose) {
        return new SignedInUser(username, displayName, roles, homeForce, clearance, via, newPurpose);
    }

    static SignedInUser of(Account account, Via via) {
        return new SignedInUser(account.username(), account.displayName(), account.roles(), account.homeForce(),
                account.clearance(), via, "");
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return homeForce == null ? Map.of("username", username, "clearance", clearance.label())
                : Map.of("username", username, "home_force", homeForce.value(), "clearance", clearance.label());
    }

    /** Spring Security's form of the roles: {@code ROLE_ANALYST} for {@code analyst}. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(roles);
    }

    static List<SimpleGrantedAuthority> authorities(Collection<String> roles) {
        return roles.stream().sorted()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(java.util.Locale.ROOT))).toList();
    }
}
