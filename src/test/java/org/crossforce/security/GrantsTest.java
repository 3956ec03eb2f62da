package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.junit.jupiter.api.Test;

class GrantsTest {

    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode ESSEX = ForceCode.of("essex");
    private static final ForceCode BTP = ForceCode.of("btp");
    private static final ForceCode MET = ForceCode.of("metropolitan");

    private static SharingAgreement agreement(ForceCode owner, ForceCode recipient, Marking upTo, Set<String> roles,
            boolean conditional) {
        return new SharingAgreement(owner + "-" + recipient, owner, recipient, upTo, roles, conditional,
                conditional ? "Conditions of " + owner.value() : "", "admin", Instant.EPOCH);
    }

    @Test
    void ownForceFirstThenEachAgreementThatSharesWithTheHomeForceForOneOfTheRoles() {
        List<SharingAgreement> agreements = List.of(
                agreement(ESSEX, KENT, Marking.OFFICIAL, Set.of("analyst"), false),
                agreement(BTP, KENT, Marking.SECRET, Set.of("analyst", "supervisor"), true),
                agreement(MET, KENT, Marking.SECRET, Set.of("supervisor"), true),
                agreement(KENT, ESSEX, Marking.SECRET, Set.of("analyst"), true));

        List<Grant> grants = Grants.of(KENT, Set.of("analyst"), Marking.OFFICIAL_SENSITIVE, agreements);

        // By hand: Kent itself up to the clearance with C; Essex as agreed; BTP capped at the clearance;
        // not the Met (supervisors only); not Kent's own agreement with Essex (the other way round).
        assertThat(grants).containsExactly(
                new Grant(KENT, Marking.OFFICIAL_SENSITIVE, true),
                new Grant(ESSEX, Marking.OFFICIAL, false),
                new Grant(BTP, Marking.OFFICIAL_SENSITIVE, true, "Conditions of btp"));
    }

    @Test
    void anAgreementWithItsOwnForceOrWithNoRoleIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> agreement(KENT, KENT, Marking.OFFICIAL, Set.of("analyst"), false))
                .hasMessageContaining("its own records");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agreement(ESSEX, KENT, Marking.OFFICIAL, Set.of(), false))
                .hasMessageContaining("at least one role");
    }
}
