package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.ReportKind;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's public reports reach Kent's intake queue, and its appeal the public's list. */
@CrossforceIntegrationTest
class DemoPublicReportsTest {

    private static final ForceCode KENT = ForceCode.of("kent");

    @Autowired
    DemoPublicReports reports;

    @Autowired
    IntakeService intake;

    @Autowired
    PublicDesk desk;

    @Test
    void kentsIntakeOfficerFindsAHateCrimeAntisocialBehaviourAndAnonymousInformation() {
        Caller officer = new Caller("kent.intake", Set.of(Roles.INTAKE), Set.of(KENT), Marking.OFFICIAL_SENSITIVE,
                "Public intake", "", List.of());
        List<String> before = intake.queue(officer, KENT, IntakeService.WAITING, 1000).stream()
                .map(IntakeItem::reference).toList();

        reports.submit();

        List<IntakeItem> sent = intake.queue(officer, KENT, IntakeService.WAITING, 1000).stream()
                .filter(i -> !before.contains(i.reference())).toList();
        assertThat(sent).extracting(IntakeItem::kind)
                .containsExactlyInAnyOrder(ReportKind.HATE, ReportKind.ASB, ReportKind.INFORMATION);
        assertThat(sent.getFirst().kind()).as("the hate crime comes first").isEqualTo(ReportKind.HATE);
        assertThat(desk.appeals(KENT)).anyMatch(a -> a.title().equals("Witnesses sought: a car set alight in Ramsgate"));
    }
}
