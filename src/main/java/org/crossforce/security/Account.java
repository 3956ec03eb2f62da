package org.crossforce.security;

import java.time.Instant;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;

/**
 * An account held by Crossforce. Its password hash never leaves the {@link Accounts} service.
 *
 * @param lockedUntil set while the account is locked after repeated failed passwords
 */
public record Account(String username, String displayName, Set<String> roles, ForceCode homeForce,
        Marking clearance, boolean enabled, boolean mustChangePassword, int failedAttempts, Instant lockedUntil,
        String createdBy, Instant created) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
