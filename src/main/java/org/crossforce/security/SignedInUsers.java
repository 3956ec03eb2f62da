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

    /**
     * The provider's subject names the user: it never changes and is unique within the provider, which
     * the registration names, unlike a display or preferred name.
     */
    private SignedInUser fromClaims(OidcUser user) {
        String name = user.getSubject();
        Set<String> roles = roles(user.getClaim(oidc.rolesClaim()));
        String force = user.getClaimAsString(oidc.forceClaim());
        String clearance = user.getClaimAsString(oidc.clearanceClaim());
        String display = user.getFullName() != null ? user.getFullName()
                : user.getPreferredUsername() != null ? user.getPreferredUsername() : name;
        return new SignedInUser(clip(name, 150) + "@" + clip(oidc.registration(), 40), clip(display, 200), roles,
                force(force), clearance(clearance), SignedInUser.Via.OIDC, "");
    }

    /** A force the claim does not name well is no force: the user then reads nothing. */
    private static ForceCode force(String claim) {
        try {
            return claim == null || claim.isBlank() ? null : ForceCode.of(claim.strip());
        } catch (IllegalArgumentException notAForce) {
            return null;
        }
    }

    /** A clearance the claim does not name well is the lowest. */
    private static Marking clearance(String claim) {
        try {
            return claim == null || claim.isBlank() ? Marking.OFFICIAL : Marking.parse(claim);
        } catch (IllegalArgumentException unknown) {
            return Marking.OFFICIAL;
        }
    }

    private static String clip(String text, int most) {
        return text.length() > most ? text.substring(0, most) : text;
    }

    private static Set<String> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[,\\s]+")) : List.of();
        Set<String> roles = values.stream().map(v -> v.toString().strip().toLowerCase(Locale.ROOT))
                // A person is never the portal's service, whatever the identity provider says.
                .filter(Roles.ALL::contains).filter(r -> !Roles.PORTAL.equals(r))
                .collect(Collectors.toUnmodifiableSet());
        // As for Crossforce's own accounts, an administrator reads no police data.
        return roles.contains(Roles.ADMINISTRATOR) ? Set.of(Roles.ADMINISTRATOR) : roles;
    }
}
