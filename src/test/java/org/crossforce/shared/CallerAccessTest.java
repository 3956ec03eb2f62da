package org.crossforce.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The need-to-know rule on hand-worked cases. */
class CallerAccessTest {

    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode ESSEX = ForceCode.of("essex");
    private static final ForceCode BTP = ForceCode.of("btp");

    /** A Kent analyst cleared to OFFICIAL-SENSITIVE; Essex shares up to OFFICIAL, P only; BTP up to SECRET with C. */
    private static final Caller KENT_ANALYST = new Caller("kent.analyst", Set.of("analyst"), Set.of(KENT),
            Marking.OFFICIAL_SENSITIVE, "investigation", "10.0.0.1", List.of(
                    new Grant(KENT, Marking.OFFICIAL_SENSITIVE, true),
                    new Grant(ESSEX, Marking.OFFICIAL, false),
                    new Grant(BTP, Marking.SECRET, true, "Operation Harbourlight only")));

    @Test
    void ownForceUpToTheClearanceWithConditionalRecords() {
        assertThat(KENT_ANALYST.mayRead(KENT, Marking.OFFICIAL, Handling.P)).isTrue();
        assertThat(KENT_ANALYST.mayRead(KENT, Marking.OFFICIAL_SENSITIVE, Handling.C)).isTrue();
        assertThat(KENT_ANALYST.mayRead(KENT, Marking.SECRET, Handling.P)).isFalse();
    }

    @Test
    void anAgreementReachesNoFurtherThanItsMarkingAndNamesConditionalRecordsOrNot() {
        assertThat(KENT_ANALYST.mayRead(ESSEX, Marking.OFFICIAL, Handling.P)).isTrue();
        assertThat(KENT_ANALYST.mayRead(ESSEX, Marking.OFFICIAL, Handling.C)).isFalse();
        assertThat(KENT_ANALYST.mayRead(ESSEX, Marking.OFFICIAL_SENSITIVE, Handling.P)).isFalse();
    }

    @Test
    void anAgreementNeverLiftsTheCallersOwnClearance() {
        assertThat(KENT_ANALYST.mayRead(BTP, Marking.OFFICIAL_SENSITIVE, Handling.C)).isTrue();
        assertThat(KENT_ANALYST.mayRead(BTP, Marking.SECRET, Handling.P)).isFalse();
    }

    @Test
    void aForceWithoutAGrantIsClosedAndACallerWithoutGrantsReadsNothing() {
        assertThat(KENT_ANALYST.mayRead(ForceCode.of("metropolitan"), Marking.OFFICIAL, Handling.P)).isFalse();
        assertThat(KENT_ANALYST.withGrants(List.of()).mayRead(KENT, Marking.OFFICIAL, Handling.P)).isFalse();
    }

    @Test
    void aSharedConditionalRecordCarriesTheAgreementsConditionsAndNoOtherRecordDoes() {
        assertThat(KENT_ANALYST.conditionsFor(BTP, Marking.OFFICIAL, Handling.C)).isEqualTo("Operation Harbourlight only");
        assertThat(KENT_ANALYST.conditionsFor(BTP, Marking.OFFICIAL, Handling.P)).isEmpty();
        assertThat(KENT_ANALYST.conditionsFor(KENT, Marking.OFFICIAL, Handling.C)).isEmpty();
    }

    @Test
    void rolesAreCheckedByName() {
        assertThat(KENT_ANALYST.hasAnyRole(Roles.READERS)).isTrue();
        assertThat(KENT_ANALYST.hasAnyRole(List.of(Roles.AUDITOR))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> KENT_ANALYST.requireAnyRole("read the audit trail", List.of(Roles.AUDITOR)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("kent.analyst may not read the audit trail: that needs the role of auditor.");
    }
}
