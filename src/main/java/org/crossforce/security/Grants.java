package org.crossforce.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;

/** What an account may read: its own force, and what agreements with its force and roles add. */
public final class Grants {

    private Grants() {
    }

    /**
     * @return the home force up to the clearance, conditional records included, then one grant per
     *         agreement that shares with the home force for one of the roles, capped at the clearance
     */
    public static List<Grant> of(ForceCode home, Set<String> roles, Marking clearance,
            Collection<SharingAgreement> agreements) {
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(home, clearance, true));
        for (SharingAgreement agreement : agreements) {
            boolean forThisAccount = agreement.recipient().equals(home)
                    && agreement.roles().stream().anyMatch(roles::contains);
            if (forThisAccount) {
                grants.add(new Grant(agreement.owner(), agreement.upTo().atMost(clearance), agreement.conditional(),
                        agreement.conditional() ? agreement.conditions() : ""));
            }
        }
        return grants;
    }
}
