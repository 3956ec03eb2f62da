package org.crossforce.shared;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, and why. Every service that reads or changes police data is handed one, so that
 * access control and the audit trail have a single place to start from.
 *
 * @param forces  the forces the caller works for, and may send files for
 * @param address where the request came from, for the audit trail: the client's network address,
 *                or what started the work ({@code command line}, {@code drop folder})
 * @param grants  what the caller may read, force by force: its own forces and what sharing
 *                agreements add, each already capped at the caller's clearance
 */
public record Caller(String user, Set<String> roles, Set<ForceCode> forces, Marking clearance, String purpose,
        String address, List<Grant> grants) {

    public Caller {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        forces = Set.copyOf(forces);
        Objects.requireNonNull(clearance, "clearance");
        purpose = purpose == null ? "" : purpose;
        address = address == null ? "" : address;
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /**
     * The need-to-know rule, the one place it is written: cleared for the marking, and a grant for
     * the record's force that reaches its marking and, for handling code C, names C records.
     * Elasticsearch filters are built from the same grants.
     */
    public boolean mayRead(ForceCode force, Marking marking, Handling handling) {
        return marking.compareTo(clearance) <= 0 && grants.stream().anyMatch(g -> g.covers(force, marking, handling));
    }

    /**
     * The conditions under which the caller reads a record of handling code C: those of the
     * agreement that lets them read it, or none for their own force's records and for code P.
     */
    public String conditionsFor(ForceCode force, Marking marking, Handling handling) {
        if (handling != Handling.C) {
            return "";
        }
        return grants.stream().filter(g -> g.covers(force, marking, handling)).map(Grant::conditions)
                .reduce((a, b) -> a.isEmpty() || b.isEmpty() ? "" : a).orElse("");
    }

    public boolean hasAnyRole(java.util.Collection<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /**
     * @param what what the caller tried, as a user would say it ("search police data")
     * @throws NotPermittedException unless the caller holds one of the roles
     */
    public void requireAnyRole(String what, java.util.Collection<String> wanted) {
        if (!hasAnyRole(wanted)) {
            throw new NotPermittedException(user + " may not " + what + ": that needs the role of "
                    + String.join(" or ", wanted.stream().map(Roles::label).toList()) + ".");
        }
    }

    /** The same caller with other grants. */
    public Caller withGrants(List<Grant> newGrants) {
        return new Caller(user, roles, forces, clearance, purpose, address, newGrants);
    }
}
