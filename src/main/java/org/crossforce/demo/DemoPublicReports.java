package org.crossforce.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.HateStrand;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.ReportPlace;
import org.crossforce.intake.Reporter;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the demo's Kent intake officer finds on the first morning: three reports from the public,
 * sent through the same desk as the portal's, and one appeal of Kent's that the public can answer.
 * Fictional people and events.
 */
@Component
class DemoPublicReports {

    private static final Logger log = LoggerFactory.getLogger(DemoPublicReports.class);
    private static final ForceCode KENT = ForceCode.of("kent");
    private static final String SENDER = "127.0.0.1";

    private final PublicDesk desk;
    private final AppealService appeals;

    DemoPublicReports(PublicDesk desk, AppealService appeals) {
        this.desk = desk;
        this.appeals = appeals;
    }

    void submit() {
        LocalDate today = LocalDate.now();
        desk.submit(new PublicSubmission(ReportKind.HATE, null, "Verbal abuse or threats",
                Set.of(HateStrand.RELIGION), "Two men followed me along the seafront shouting about my turban and "
                        + "told me to go home. One spat at me. It was outside the amusement arcade by the clock "
                        + "tower.", today.minusDays(1), LocalTime.of(21, 10), false, false,
                "Two white men in their twenties, one with a Margate FC shirt. They went towards the station.",
                new ReportPlace(51.3856, 1.3792, "Margate seafront by the clock tower", "pin"),
                new Reporter("Harjit Gill (demo)", "harjit.gill@example.org", null, false), List.of(), true, SENDER));
        desk.submit(new PublicSubmission(ReportKind.ASB, null, "Vehicles driven dangerously", Set.of(),
                "Most nights after 11 pm a group races cars round the retail park car park, doing doughnuts and "
                        + "revving engines for hours. Last week one nearly hit a delivery driver.",
                today.minusDays(2), LocalTime.of(23, 30), true, false, "A blue Subaru and a white Golf, one "
                        + "plate starts GX19.", new ReportPlace(51.2886, 1.0683, "Wincheap retail park, Canterbury",
                        "postcode"), new Reporter("Lena Fischer (demo)", "lena.fischer@example.org", null, false),
                List.of(), false, SENDER));
        desk.submit(new PublicSubmission(ReportKind.INFORMATION, null, "Drugs", Set.of(),
                "A flat above the launderette has people coming and going all day for a few minutes at a time. "
                        + "Young lads on bikes drop off small packages. I think it is being used to sell drugs.",
                null, null, true, false, null, new ReportPlace(51.1279, 1.3134, "London Road, Dover", "pin"),
                Reporter.ANONYMOUS, List.of(), false, SENDER));
        Caller officer = new Caller("demo set", Set.of(Roles.INTAKE), Set.of(KENT), Marking.OFFICIAL_SENSITIVE,
                "Public intake", "", List.of());
        appeals.publish(officer, new AppealDraft(KENT, "Witnesses sought: a car set alight in Ramsgate",
                "A car was set alight on Royal Road, Ramsgate, in the early hours. Were you nearby between 1 am and "
                        + "3 am? Do you have doorbell or dashboard camera footage? Send us what you know.",
                "Royal Road, Ramsgate", 51.3303, 1.4163, today.minusDays(3), today.plusDays(25), List.of()));
        log.info("Demo public reports sent to Kent Police: sign in as kent.intake to see them");
    }
}
