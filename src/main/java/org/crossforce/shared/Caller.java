package org.crossforce.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, and why. Every service that reads or changes police data is handed one, so that
 * access control and the audit trail have a single place to start from.
 *
 * @param address where the request came from, for the audit trail: the client's network address,
 *                or what started the work ({@code command line}, {@code drop folder})
 */
public record Caller(String user, Set<String> roles, Set<ForceCode> forces, Marking clearance, String purpose,
        String address) {

    public Caller {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
        forces = Set.copyOf(forces);
        Objects.requireNonNull(clearance, "clearance");
        purpose = purpose == null ? "" : purpose;
        address = address == null ? "" : address;
    }
}
