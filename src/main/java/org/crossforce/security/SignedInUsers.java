package org.crossforce.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Reads who signed in from whatever principal Spring Security holds: Crossforce's own, or the
 * claims of a force's identity provider. Roles the provider names that Crossforce does not know
 * are dropped; a missing clearance is the lowest.
 */
class SignedInUsers {

    private final SecurityProperties.Oidc oidc;

    SignedInUsers(SecurityProperties settings) {
        this.oidc = settings.oidc();
    }

    Optional<SignedInUser> of(Object principal) {
        if (principal instanceof SignedInUser user) {
            return Optional.of(user);
        }
        if (principal instanceof OidcUser oidcUser) {
            return Optional.of(fromClaims(oidcUser));
        }
        return Optional.empty();
    }

    private SignedInUser fromClaims(OidcUser user) {
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        String issuer = user.getIssuer() == null ? oidc.registration() : user.getIssuer().getHost();
        Set<String> roles = roles(user.getClaim(oidc.rolesClaim()));
        String force = user.getClaimAsString(oidc.forceClaim());
        String clearance = user.getClaimAsString(oidc.clearanceClaim());
        String display = user.getFullName() != null ? user.getFullName() : name;
        return new SignedInUser(name.toLowerCase(Locale.ROOT) + "@" + issuer, display, roles,
                force == null || force.isBlank() ? null : ForceCode.of(force),
                clearance == null || clearance.isBlank() ? Marking.OFFICIAL : Marking.parse(clearance),
                SignedInUser.Via.OIDC, "");
    }

    private static Set<String> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[,\\s]+")) : List.of();
        return values.stream().map(v -> v.toString().strip().toLowerCase(Locale.ROOT)).filter(Roles.ALL::contains)
                .collect(Collectors.toUnmodifiableSet());
    }
}
