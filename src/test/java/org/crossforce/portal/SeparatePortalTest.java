package org.crossforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.CrossforceApplication;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.PublicDeskApi;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.StagedFile;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.AppProcess;
import org.crossforce.support.Commands;
import org.crossforce.support.Photos;
import org.crossforce.support.PortalVisitor;
import org.crossforce.support.TestAccounts;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal as its own process in front of a workbench that serves no public pages itself,
 * as in two network zones: a crime with a photo is reported page by page on the portal, reaches
 * Greater Manchester's intake queue with the photo and is followed through its link there; the
 * portal has nothing of the workbench; only the portal's service token opens the intake API, and it
 * opens nothing else. With the workbench stopped, the portal says that nothing was stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeparatePortalTest {

    private static final ForceCode GMP = ForceCode.of("greater-manchester");
    private static final Caller GMP_OFFICER = new Caller("intake.gmp", Set.of(Roles.INTAKE), Set.of(GMP),
            Marking.SECRET, "Public intake", "test", List.of());
    /** The reporter's own address, as the proxy in front of the portal names it. */
    private static final String REPORTER = "203.0.113.7";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext workbench;
    private int port;
    private IntakeService intake;
    private AppealService appeals;
    private AuditTrail audit;
    private Path dir;
    private String portalToken;
    private AppProcess portal;

    /**
     * The workbench of the inner zone, started here rather than by the test framework, which must not
     * be left holding it once the last test stops it.
     */
    @BeforeAll
    void startTheWorkbenchAndThePortal(@TempDir Path temporary) throws Exception {
        dir = temporary;
        workbench = new SpringApplicationBuilder(CrossforceApplication.class)
                .initializers(new TestElasticsearch.Initializer())
                .run("--server.port=0", "--crossforce.demo.enabled=false", "--crossforce.portal.enabled=false");
        port = ((WebServerApplicationContext) workbench).getWebServer().getPort();
        intake = workbench.getBean(IntakeService.class);
        appeals = workbench.getBean(AppealService.class);
        audit = workbench.getBean(AuditTrail.class);
        portalToken = serviceToken("portal");
        portal = AppProcess.portal(Files.createDirectories(dir.resolve("portal")), "http://localhost:" + port,
                portalToken).start();
    }

    @AfterAll
    void stopBoth() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    @Order(1)
    void theWorkbenchInTheInnerZoneServesNoPublicPages() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        for (String page : List.of("/public", "/public/report/new?kind=crime", "/public/map/forces.json",
                "/public/assets/leaflet/leaflet.js")) {
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(workbenchBase() + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isNotEqualTo(200);
            assertThat(answer.body()).as(page).doesNotContain("In an emergency, call 999").doesNotContain("Leaflet");
        }
        assertThat(new PortalVisitor(portal.base()).get("/public").body()).contains("In an emergency, call 999");
    }

    @Test
    @Order(2)
    void onlyThePortalsServiceTokenOpensTheIntakeApiAndItOpensNothingElse() {
        Api service = Api.as(port, portalToken);
        assertThat(service.get("/api/public-desk/appeals").status()).isEqualTo(200);
        Api.Response refused = service.post("/api/public-desk/reports", "application/json", withoutAPlace(),
                "application/json");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("reason").asString()).isEqualTo("Say where it happened.");
        assertThat(service.post("/api/public-desk/follow", "application/json",
                JSON.writeValueAsString(new PublicDeskApi.Follow("A".repeat(43))), "application/json").status())
                .isEqualTo(404);
        assertThat(service.get("/api/search?q=bike").status()).isEqualTo(403);
        assertThat(service.get("/api/forces").status()).isEqualTo(403);

        String analyst = TestAccounts.readerEverywhere(workbench);
        assertThat(Api.as(port, analyst).get("/api/public-desk/appeals").status()).isEqualTo(403);
        assertThat(Api.as(port, analyst).post("/api/public-desk/reports", "application/json", withoutAPlace(),
                "application/json").status()).isEqualTo(403);
        assertThat(new Api(port).get("/api/public-desk/appeals").status()).isEqualTo(401);
        assertThat(new Api(port).post("/api/public-desk/reports", "application/json", withoutAPlace(),
                "application/json").status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void aCrimeWithAPhotoSentThroughTheSeparatePortalReachesGreaterManchestersQueue() throws Exception {
        Path cctv = Photos.jpeg(dir.resolve("cctv.jpg"), "Appeal", null, null, 30_000);
        PublicAppeal appeal = appeals.publish(GMP_OFFICER, new AppealDraft(GMP, "Witnesses sought: Piccadilly bikes",
                "Bikes are being taken from the racks.", "Piccadilly station", 53.4774, -2.2309,
                LocalDate.now().minusDays(2), LocalDate.now().plusDays(30),
                List.of(new AppealDraft.Image("cctv.jpg", cctv, "The man we want to speak to"))));
        PortalVisitor visitor = new PortalVisitor(portal.base(), REPORTER);
        assertThat(visitor.get("/public/appeals?force=greater-manchester").body())
                .contains("Witnesses sought: Piccadilly bikes");
        HttpResponse<byte[]> image = visitor.download("/public/appeals/" + appeal.id() + "/images/"
                + appeal.images().getFirst().id());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.body()).isEqualTo(Files.readAllBytes(cctv));

        Path photo = Photos.jpeg(dir.resolve("bike-rack.jpg"), "Piccadilly", 53.4775, -2.2310, 60_000);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Not a photo at all.");
        String files = reportUpToTheFiles(visitor, "My bike was taken from the rack at Piccadilly.");
        HttpResponse<String> refused = visitor.upload("/public/report/files/add", Map.of(), files, notes);
        assertThat(refused.body()).contains("notes.txt is not a photo or a video");
        HttpResponse<String> added = visitor.upload("/public/report/files/add", Map.of(), refused.body(), photo);
        assertThat(added.body()).contains("bike-rack.jpg").doesNotContain("notes.txt");
        HttpResponse<String> done = visitor.post("/public/report/send", Map.of(), checkFromFiles(visitor, added.body()));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Report sent").contains("Greater Manchester Police");
        String reference = done.body().replaceAll("(?s).*(CF-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");

        assertThat(intake.queue(GMP_OFFICER, GMP, IntakeService.WAITING, 1000))
                .anyMatch(i -> i.reference().equals(reference) && i.files() == 1);
        HttpResponse<String> followed = visitor.get(PortalVisitor.followLink(done.body()));
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains(reference).contains("Received: waiting to be looked at")
                .contains("My bike was taken from the rack").contains("bike-rack.jpg");

        IntakeReport opened = intake.open(GMP_OFFICER, reference);
        StagedFile kept = opened.files().getFirst();
        assertThat(kept.name()).isEqualTo("bike-rack.jpg");
        assertThat(kept.mediaType()).isEqualTo("image/jpeg");
        assertThat(Files.readAllBytes(intake.file(GMP_OFFICER, reference, kept.id()).path()))
                .isEqualTo(Files.readAllBytes(photo));
        // Audited as a report from the public at the reporter's address, as the embedded portal's are.
        List<AuditEntry> handedIn = audit.find(AuditFilter.all().byRecord(reference), 10).stream()
                .filter(e -> e.action() == AuditAction.PUBLIC_REPORT).toList();
        assertThat(handedIn).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("(public)");
            assertThat(e.address()).isEqualTo(REPORTER);
        });
    }

    @Test
    @Order(4)
    void withTheWorkbenchStoppedThePortalSaysNothingWasStored() throws Exception {
        PortalVisitor visitor = new PortalVisitor(portal.base());
        String files = reportUpToTheFiles(visitor, "Someone tried every bike lock on the rack.");
        String check = checkFromFiles(visitor, files);

        workbench.close();

        HttpResponse<String> send = visitor.post("/public/report/send", Map.of(), check);
        assertThat(send.statusCode()).isEqualTo(503);
        assertThat(send.body()).contains("Your report could not be sent").contains("nothing was stored")
                .contains("Your answers are kept").contains("try again").doesNotContain("Exception");
        HttpResponse<String> again = visitor.get("/public/report/check");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Someone tried every bike lock on the rack.");
        // A new visitor can still begin a report, to send once the workbench is back.
        HttpResponse<String> start = visitor.get("/public");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("What do you want to report?").contains("See the appeals open now");
        assertThat(portal.log()).contains("The workbench did not answer POST /api/public-desk/reports");

        // The portal holds nothing of the workbench, up or down.
        HttpClient plain = HttpClient.newHttpClient();
        for (String door : List.of("/api/search?q=bike", "/api/public-desk/appeals", "/login", "/search",
                "/actuator/health", "/v3/api-docs", "/VAADIN/build/")) {
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(portal.base() + door)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(door).isIn(401, 404);
        }
    }

    /** A report as the portal sends it, but without the place the desk needs. */
    private static String withoutAPlace() {
        return JSON.writeValueAsString(new PublicSubmission(ReportKind.CRIME, null, "Theft", Set.of(),
                "Something happened somewhere.", null, null, false, false, null, null, null, List.of(), false,
                "198.51.100.9"));
    }

    /** A crime in Manchester, answered page by page up to the photos. */
    private static String reportUpToTheFiles(PortalVisitor visitor, String description) throws Exception {
        HttpResponse<String> category = visitor.get("/public/report/new?kind=crime");
        HttpResponse<String> what = visitor.post("/public/report/category", Map.of("category", "Theft"), category.body());
        HttpResponse<String> when = visitor.post("/public/report/what", Map.of("description", description,
                "anyoneHurt", "no", "ongoing", "no"), what.body());
        HttpResponse<String> who = visitor.post("/public/report/when", Map.of("date-day", "3", "date-month", "11",
                "date-year", "2025", "time", "08:15"), when.body());
        HttpResponse<String> files = visitor.post("/public/report/who", Map.of("involved", "A man in a grey hoodie."),
                who.body());
        assertThat(files.body()).contains("Add photos or video");
        return files.body();
    }

    /** From the photos page on: the place by postcode, the reporter, and the page to check and send. */
    private static String checkFromFiles(PortalVisitor visitor, String files) throws Exception {
        HttpResponse<String> where = visitor.post("/public/report/files", Map.of(), files);
        HttpResponse<String> place = visitor.post("/public/report/where", Map.of("postcode", "M1 1AE", "placeText",
                "Bike rack outside Piccadilly station"), where.body());
        assertThat(place.body()).contains("Greater Manchester Police");
        HttpResponse<String> you = visitor.post("/public/report/place", Map.of("right", "yes"), place.body());
        HttpResponse<String> check = visitor.post("/public/report/you", Map.of("name", "Alex Rider", "email",
                "alex@example.org", "consent", "no"), you.body());
        assertThat(check.body()).contains("Check your answers");
        return check.body();
    }

    /** The portal's service account and its token, made with the {@code account} command as README says. */
    private String serviceToken(String user) {
        String previous = System.getProperty("crossforce.data-dir");
        System.setProperty("crossforce.data-dir", workbench.getEnvironment().getRequiredProperty("crossforce.data-dir"));
        try {
            Commands.Run run = Commands.run("account", "--user", user, "--create", "--role", Roles.PORTAL, "--label",
                    "public portal", "--token");
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("Service account " + user + " created").doesNotContain("One-time");
            String[] lines = run.output().strip().split("\\R");
            return lines[lines.length - 1].strip();
        } finally {
            if (previous == null) {
                System.clearProperty("crossforce.data-dir");
            } else {
                System.setProperty("crossforce.data-dir", previous);
            }
        }
    }

    private String workbenchBase() {
        return "http://localhost:" + port;
    }
}
