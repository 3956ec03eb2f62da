package org.crossforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.PortalVisitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages as a browser without script sees them: a crime reported page by page, with an
 * error for a missing answer, routed by postcode to Greater Manchester Police, and its reference
 * and link shown; the police data behind it stays out of reach.
 */
@CrossforceIntegrationTest
class PortalPagesTest {

    @LocalServerPort
    int port;

    private PortalVisitor visitor;

    @BeforeEach
    void visit() {
        visitor = new PortalVisitor(base());
    }

    @Test
    void aCrimeIsReportedPageByPageWithoutScript() throws Exception {
        String start = get("/public").body();
        assertThat(start).contains("In an emergency, call 999").contains("A hate crime or hate incident");

        HttpResponse<String> category = get("/public/report/new?kind=crime");
        assertThat(category.body()).contains("What sort of crime was it?");
        HttpResponse<String> missing = post("/public/report/category", Map.of(), category.body());
        assertThat(missing.body()).contains("There is problem".replace("is ", "is a ")).contains("Select the answer that fits best");
        HttpResponse<String> what = post("/public/report/category", Map.of("category", "Theft"), missing.body());
        assertThat(what.body()).contains("What happened?");
        HttpResponse<String> when = post("/public/report/what", Map.of("description", "My bike was taken from the rack.",
                "anyoneHurt", "no", "ongoing", "no"), what.body());
        assertThat(when.body()).contains("When did it happen?");
        HttpResponse<String> who = post("/public/report/when", Map.of("date-day", "3", "date-month", "11",
                "date-year", "2026", "time", "08:15"), when.body());
        HttpResponse<String> files = post("/public/report/who", Map.of("involved", "A teenager in a red jacket."), who.body());
        assertThat(files.body()).contains("Add photos or video");
        HttpResponse<String> where = post("/public/report/files", Map.of(), files.body());
        assertThat(where.body()).contains("Where did it happen?");
        HttpResponse<String> edinburgh = post("/public/report/where", Map.of("postcode", "EH1 1YZ"), where.body());
        assertThat(edinburgh.body()).contains("Police Scotland");
        HttpResponse<String> place = post("/public/report/where", Map.of("postcode", "m1 1ae", "placeText",
                "Bike rack outside Piccadilly station"), edinburgh.body());
        assertThat(place.body()).contains("Is this the right place?").contains("Greater Manchester Police");
        HttpResponse<String> you = post("/public/report/place", Map.of("right", "yes"), place.body());
        assertThat(you.body()).contains("About you");
        HttpResponse<String> check = post("/public/report/you", Map.of("name", "Alex Rider", "email",
                "alex@example.org", "consent", "no"), you.body());
        assertThat(check.body()).contains("Check your answers").contains("My bike was taken from the rack.");

        HttpResponse<String> done = post("/public/report/send", Map.of(), check.body());
        assertThat(done.body()).contains("Report sent").contains("Greater Manchester Police");
        HttpResponse<String> followed = get(PortalVisitor.followLink(done.body()));
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("Received: waiting to be looked at").contains("My bike was taken");
        assertThat(followed.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void thePublicChainReachesNoPoliceData() throws Exception {
        assertThat(get("/public/follow/not-a-real-link").statusCode()).isEqualTo(404);
        HttpResponse<String> search = get("/api/search?q=bike");
        assertThat(search.statusCode()).isEqualTo(401);
        assertThat(get("/public/map/forces.json").body()).contains("Greater Manchester Police");
        assertThat(get("/public/assets/leaflet/leaflet.js").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return visitor.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String page)
            throws IOException, InterruptedException {
        return visitor.post(path, form, page);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
