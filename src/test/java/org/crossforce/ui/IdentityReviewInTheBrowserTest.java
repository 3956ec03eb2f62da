package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.identity.IdentityService;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An analyst in a real browser works the identity review queue: Kent holds Agnieszka PRZYBYLSKA
 * born 12/07/1991, the Met an intelligence log on "Aga Przybilska" with nothing else. Crossforce
 * will not join them on its own; the analyst reads both and why they may be one, confirms, and
 * the identity then shows both forces' records.
 */
@CrossforceIntegrationTest
class IdentityReviewInTheBrowserTest extends BrowserTest {

    @Autowired
    IdentityService identities;

    @Autowired
    DocumentIndexer indexer;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @Test
    void anAnalystConfirmsAMatchAndTheIdentityShowsBothForcesRecords(@TempDir Path dir) throws IOException {
        org.crossforce.support.TestIndices.deleteAll(client);
        Random random = new Random();
        String tail = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                + (char) ('a' + random.nextInt(26));
        String surname = "Przybylska" + tail;
        String typed = "Przybilska" + tail;
        String serial = String.format("%04d", random.nextInt(10_000));
        Api api = new Api(port, context);
        api.upload("surrey", Map.of(), PersonsFile.write(5, 200, 1_500, dir.resolve("background")).csv());
        Path rms = Files.writeString(dir.resolve("occurrences-" + serial + ".csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                BR-RV-%s,03/11/2025 18:20,Shoplifting,"High Street, Canterbury",CT1 2JR,,,"%s, Agnieszka",12/07/1991,SUS,,,,,,,,"Left without paying.",OFFICIAL,P
                """.formatted(serial, surname.toUpperCase()));
        api.upload("kent", Map.of(), rms);
        Path intel = Files.writeString(dir.resolve("logs-" + serial + ".ndjson"), """
                {"logId":"HI-RV-%s","created":"2025-11-05T09:00:00Z","grading":{"source":"C","intelligence":"3","handling":"P"},"classification":"OFFICIAL","subjects":[{"forename":"Aga","surname":"%s","role":"subject"}],"text":"Said to be selling stolen goods."}
                """.formatted(serial, typed));
        api.upload("metropolitan", Map.of(), intel);
        indexer.flush();
        identities.resolveAll(stage -> { });
        String kent = DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", "BR-RV-" + serial).value() + "#0";
        String met = DocumentId.forRecord(ForceCode.of("metropolitan"), "harbour-intel", "HI-RV-" + serial).value() + "#0";
        JsonNode why = api.get("/api/identities/explain?a=" + encode(kent) + "&b=" + encode(met)).body();
        assertThat(why.get("decision").asString()).as("the pair waits for review: %s", why).isEqualTo("REVIEW");

        JsonNode queued = api.get("/api/identities/review?limit=10&name=" + encode(typed)).body();
        assertThat(queued.toString()).as("the review queue").contains(met, kent);

        signInAsReader("/identities/review");
        var driver = browser.driver();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#review-name input")))
                .sendKeys(typed);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-count"), "1 question"));
        WebElement row = browser.waiting().until(d -> d.findElements(By.cssSelector("#review-queue vaadin-grid-cell-content"))
                .stream().filter(e -> e.getText().contains(surname.toUpperCase()) || e.getText().contains(typed))
                .findFirst().orElse(null));
        row.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-detail"), typed));
        assertThat(driver.findElement(By.id("review-why")).getText()).contains("Forename", "familiar form",
                "similar spelling or sound", "Total");
        browser.screenshot("identity-review");

        driver.findElement(By.cssSelector("#review-reason input")).sendKeys("Same address in both force systems");
        click(By.id("review-same"));
        click(By.cssSelector("#review-joined a"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("identity-records"), typed));
        String records = driver.findElement(By.id("identity-records")).getText();
        assertThat(records).contains("Kent Police", "Metropolitan Police Service", surname.toUpperCase(), typed);
        assertThat(driver.findElement(By.id("identity-forces")).getText()).contains("Kent Police",
                "Metropolitan Police Service");
        assertThat(driver.findElement(By.id("identity-judgements")).getText())
                .contains("confirmed a match", "Same address in both force systems");
        browser.screenshot("identity-profile");

        click(By.cssSelector("#identity-chart"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-selected-label"),
                "one person, 2 records"));
        settle();
        browser.screenshot("identity-chart");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
