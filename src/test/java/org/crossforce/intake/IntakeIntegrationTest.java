package org.crossforce.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Photos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A member of the public reports a hate crime in Manchester with a photo; it reaches Greater
 * Manchester's intake and no other force's; the officer and the reporter write to each other
 * through the secure link; accepted, it is a record of Greater Manchester with the officer's
 * marking, found by search. A report nobody accepted is deleted when its retention ends.
 */
@CrossforceIntegrationTest
class IntakeIntegrationTest {

    private static final ForceCode GMP = ForceCode.of("greater-manchester");
    private static final ForceCode KENT = ForceCode.of("kent");
    private static final Caller GMP_OFFICER = officer("intake.gmp", GMP);
    private static final Caller KENT_OFFICER = officer("intake.kent", KENT);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicDesk desk;

    @Autowired
    IntakeService intake;

    @Autowired
    Retention retention;

    @Autowired
    AuditTrail audit;

    @TempDir
    Path dir;

    @Test
    void aHateCrimeWithAPhotoGoesToGreaterManchesterAndBecomesItsRecord() throws IOException {
        StagedFile photo = stage(Photos.jpeg(dir.resolve("bus-stop.jpg"), "Piccadilly", 53.4775, -2.2310, 60_000));
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.hasPosition()).isTrue();
        assertThat(photo.latitude()).isCloseTo(53.4775, org.assertj.core.data.Offset.offset(0.0001));

        Receipt receipt = desk.submit(hateCrime(new ReportPlace(photo.latitude(), photo.longitude(),
                "Bus stop, Piccadilly Gardens", "photo"), List.of(photo.id()), false));

        assertThat(receipt.reference()).matches("CF-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipt.force()).isEqualTo(GMP);
        assertThat(receipt.forceName()).isEqualTo("Greater Manchester Police");
        FollowUp followed = desk.follow(receipt.link()).orElseThrow();
        assertThat(followed.status()).isEqualTo(ReportStatus.NEW);
        assertThat(followed.files()).containsExactly("bus-stop.jpg");
        assertThat(desk.follow(receipt.link().substring(1) + "A")).isEmpty();

        assertThat(intake.queue(KENT_OFFICER, KENT, IntakeService.WAITING, 1000))
                .noneMatch(i -> i.reference().equals(receipt.reference()));
        assertThatThrownBy(() -> intake.open(KENT_OFFICER, receipt.reference()))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(intake.queue(GMP_OFFICER, GMP, IntakeService.WAITING, 1000))
                .anyMatch(i -> i.reference().equals(receipt.reference()) && i.seriousness() == 3 && i.files() == 1);

        IntakeReport opened = intake.open(GMP_OFFICER, receipt.reference());
        assertThat(opened.item().status()).isEqualTo(ReportStatus.OPENED);
        assertThat(opened.item().strands()).containsExactlyInAnyOrder(HateStrand.RACE, HateStrand.RELIGION);
        assertThat(opened.reporter().email()).isEqualTo("sam.reporter@example.org");
        try (InputStream in = Files.newInputStream(intake.file(GMP_OFFICER, receipt.reference(), photo.id()).path())) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(dir.resolve("bus-stop.jpg")));
        }

        intake.reply(GMP_OFFICER, receipt.reference(), "Thank you. Did anyone else see it happen?");
        FollowUp withReply = desk.follow(receipt.link()).orElseThrow();
        assertThat(withReply.status()).isEqualTo(ReportStatus.OPENED);
        assertThat(withReply.messages()).extracting(FollowUp.Message::body)
                .containsExactly("Thank you. Did anyone else see it happen?");
        assertThat(withReply.messages().getFirst().fromPolice()).isTrue();

        desk.reply(receipt.link(), "Yes, the driver of the 86 bus.", List.of(), "127.0.0.1");
        assertThat(intake.open(GMP_OFFICER, receipt.reference()).messages())
                .extracting(FollowUp.Message::body).contains("Yes, the driver of the 86 bus.");

        IntakeReport accepted = intake.accept(GMP_OFFICER, receipt.reference(), Marking.OFFICIAL_SENSITIVE, Handling.P);
        assertThat(accepted.item().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.decision().recordId()).isNotBlank();
        assertThat(desk.follow(receipt.link()).orElseThrow().statusNote())
                .isEqualTo("Recorded by Greater Manchester Police.");
        assertThatThrownBy(() -> intake.close(GMP_OFFICER, receipt.reference(), "again"))
                .isInstanceOf(IllegalStateException.class);

        Api api = new Api(port, context);
        JsonNode record = awaitDocument(api, accepted.decision().recordId());
        assertThat(record.get("force").asString()).isEqualTo("greater-manchester");
        assertThat(record.get("marking").asString()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(record.get("title").asString()).contains(receipt.reference()).contains("hate crime");
        JsonNode found = api.get("/api/search?q=%22" + receipt.reference() + "%22").body();
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode photoSearch = api.get("/api/search?q=bus-stop.jpg&force=greater-manchester").body();
        assertThat(photoSearch.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(audit.find(AuditFilter.all().byRecord(receipt.reference()), 50))
                .extracting(e -> e.action())
                .contains(AuditAction.PUBLIC_REPORT, AuditAction.OPEN_PUBLIC_REPORT, AuditAction.REPLY_TO_REPORTER,
                        AuditAction.PUBLIC_REPLY, AuditAction.ACCEPT_PUBLIC_REPORT);
    }

    @Test
    void aPlaceOutsideEveryForceIsAskedAgain() {
        assertThatThrownBy(() -> desk.submit(hateCrime(new ReportPlace(55.9533, -3.1883, "Princes Street, Edinburgh",
                "pin"), List.of(), false)))
                .isInstanceOf(SubmissionRefusedException.class)
                .hasMessageContaining("Police Scotland");
    }

    @Test
    void onlyPhotosAndVideosAreTaken() {
        assertThatThrownBy(() -> desk.stage("statement.jpg",
                new ByteArrayInputStream("Not a photo at all, whatever its name says.".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SubmissionRefusedException.class)
                .hasMessageContaining("statement.jpg is not a photo or a video");
    }

    @Test
    void aReportNobodyAcceptedIsDeletedWithItsFilesWhenItsRetentionEnds() throws IOException {
        StagedFile photo = stage(Photos.jpeg(dir.resolve("graffiti.jpg"), "Graffiti", null, null, 20_000));
        Receipt forgotten = desk.submit(hateCrime(new ReportPlace(53.4808, -2.2426, "Market Street", "pin"),
                List.of(photo.id()), false));
        Receipt kept = desk.submit(hateCrime(new ReportPlace(53.4808, -2.2426, "Market Street", "pin"), List.of(), true));
        Path stored = intake.file(GMP_OFFICER, forgotten.reference(), photo.id()).path();
        assertThat(stored).exists();

        retention.run(Instant.now().plus(Duration.ofDays(91)));

        assertThat(desk.follow(forgotten.link())).isEmpty();
        assertThat(stored).doesNotExist();
        assertThatThrownBy(() -> intake.open(GMP_OFFICER, forgotten.reference()))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(desk.follow(kept.link())).isPresent();
        assertThat(audit.find(AuditFilter.all().byRecord(forgotten.reference()), 10))
                .extracting(e -> e.action()).contains(AuditAction.DELETE_PUBLIC_REPORT);
    }

    private StagedFile stage(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return desk.stage(file.getFileName().toString(), in);
        }
    }

    private static PublicSubmission hateCrime(ReportPlace place, List<String> files, boolean consent) {
        return new PublicSubmission(ReportKind.HATE, null, "Verbal abuse or threats",
                Set.of(HateStrand.RACE, HateStrand.RELIGION),
                "A man shouted abuse about my headscarf at the bus stop and pushed me.", LocalDate.now().minusDays(1),
                LocalTime.of(17, 45), false, true, "White man, about 40, grey hoodie, got into a car AB12 CDE.", place,
                new Reporter("Sam Reporter", "sam.reporter@example.org", "07700 900123", false), files, consent,
                "127.0.0.1");
    }

    private static Caller officer(String user, ForceCode force) {
        return new Caller(user, Set.of(Roles.INTAKE), Set.of(force), Marking.SECRET, "Public intake", "test", List.of());
    }

    private static JsonNode awaitDocument(Api api, String id) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            Api.Response response = api.get("/api/documents/" + id);
            if (response.status() == 200 || System.currentTimeMillis() > until) {
                assertThat(response.status()).as("the accepted record is searchable").isEqualTo(200);
                return response.body();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
