package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo set's grey Golf UX19 QFK, seen by Kent, the Met, the City and BTP: an analyst goes from
 * the plate to the people and phones around it across forces, over REST and in the browser.
 */
@CrossforceIntegrationTest
class PlateToPeopleOnTheDemoSetTest extends BrowserTest {

    private static final String PLATE = "vrm:UX19QFK";

    @Autowired
    DemoSetLoader loader;

    @Test
    void fromTheGolfToThePeopleAndPhonesAroundItAcrossForces() throws java.io.IOException {
        loader.load();
        Api api = new Api(port, context);

        JsonNode hit = api.get("/api/entities?q=" + encode("ux19 qfk")).body().get("entities").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(PLATE);
        List<String> forces = new ArrayList<>();
        hit.get("forces").properties().forEach(e -> forces.add(e.getKey()));
        assertThat(forces).contains("kent", "metropolitan", "city-of-london");

        // Around the plate, in each force's own records: its people, and the phones they use.
        for (String force : List.of("kent", "metropolitan")) {
            Set<String> types = new HashSet<>();
            api.get("/api/entities/" + encode(PLATE) + "/neighbours?force=" + force).body()
                    .forEach(n -> types.add(n.get("type").asString()));
            assertThat(types).as("what appears with the plate in " + force).contains("person", "phone");
        }

        var driver = browser.driver();
        signInAsReader("/entities");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entity-query input")))
                .sendKeys("UX19 QFK", Keys.ENTER);
        browser.waiting().until(d -> !d.findElement(By.id("entity-summary")).getText().startsWith("Most mentioned")
                && d.findElement(By.id("entity-results")).getText().contains("UX19QFK"));
        driver.findElement(By.linkText("UX19QFK")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-title"), "UX19QFK"));
        assertThat(driver.findElement(By.id("entity-forces")).getText()).contains("Kent Police", "Metropolitan Police");
        browser.screenshot("demo-plate-profile");

        driver.findElement(By.id("entity-chart")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-selected-label"), "UX19QFK"));
        click(By.id("chart-expand"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "added"));
        settle();
        browser.screenshot("demo-plate-chart");
        Object drawn = ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('cf-link-chart').cy.nodes().map(n => n.data('type'));");
        assertThat(((List<?>) drawn).stream().map(String::valueOf).toList()).contains("person", "phone")
                .doesNotContain("date");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
