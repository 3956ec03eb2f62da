package org.crossforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages as a browser without script sees them: a crime reported page by page, with an
 * error for a missing answer, routed by postcode to Greater Manchester Police, and its reference
 * and link shown; the police data behind it stays out of reach.
 */
@CrossforceIntegrationTest
class PortalPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

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
        Matcher link = Pattern.compile("href=\"(/public/follow/[A-Za-z0-9_-]{43})\"").matcher(done.body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> followed = get(link.group(1));
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("Received: waiting to be looked at").contains("My bike was taken");
        assertThat(followed.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void thePublicChainReachesNoPoliceData() throws Exception {
        assertThat(get("/public/follow/not-a-real-link").statusCode()).isEqualTo(404);
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/search?q=bike")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(401);
        assertThat(get("/public/map/forces.json").body()).contains("Greater Manchester Police");
        assertThat(get("/public/assets/leaflet/leaflet.js").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String page)
            throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries its form's token").isTrue();
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
