package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The analyst's way from a plate to the people around it: a plate typed with a space, its
 * profile with records of two forces, a link chart from it, one node expanded, the path to a
 * Kent suspect found through her phone, and the chart saved.
 */
@CrossforceIntegrationTest
class LinkChartInTheBrowserTest extends BrowserTest {

    @Test
    void fromAPlateToThePeopleAndPhonesAroundItAcrossForces(@TempDir Path dir) throws IOException {
        Api api = new Api(port, context);
        Random random = new Random();
        String serial = String.format("%03d", random.nextInt(1000));
        String plate = "WX" + (10 + random.nextInt(80)) + "K" + (char) ('A' + random.nextInt(8)) + "T";
        String spaced = plate.substring(0, 4) + " " + plate.substring(4);
        String key = "BR-2026-" + serial + random.nextInt(1000);
        Path export = Files.writeString(dir.resolve("occurrences.csv"), """
                Occurrence No,Reported,Occurrence Type,Address,Postcode,Latitude,Longitude,Person 1 Name,Person 1 DOB,Person 1 Role,Person 2 Name,Person 2 DOB,Person 2 Role,Vehicle VRM,Vehicle Make,Vehicle Colour,Phone,Narrative,Protective Marking,Handling Code
                %s,02/11/2025 21:40,Burglary - dwelling,"4 Addington Street, Margate",CT9 1PP,51.3880,1.3800,"QUILLFEATHER, Marta",09/09/1990,SUS,,,,,,,0114 496 0%s,"Side gate forced. A neighbour, Tobias FENWICK, saw a woman leave in a black Seat Leon.",OFFICIAL,P
                """.formatted(key, serial));
        assertThat(api.upload("kent", Map.of(), export).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        Path intelligence = Files.writeString(dir.resolve("intel.txt"), "Intelligence log\nThe black Seat Leon "
                + plate.toLowerCase() + " was used by a man who gave his number as +44 114 496 0" + serial + ".");
        Path sighting = Files.writeString(dir.resolve("anpr.txt"), "ANPR sighting\n" + spaced + " passed Chelmsford at 03:10.");
        api.upload("essex", Map.of(), intelligence);
        api.upload("essex", Map.of(), sighting);
        String person = "person:" + DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", key).value() + "#0";

        var driver = browser.driver();
        signInAsReader("/entities");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entity-query input")))
                .sendKeys(spaced, Keys.ENTER);
        // The page opened on the most mentioned entities, which may hold this plate too: wait for the answer.
        browser.waiting().until(d -> !d.findElement(By.id("entity-summary")).getText().startsWith("Most mentioned")
                && d.findElement(By.id("entity-results")).getText().contains(plate));
        driver.findElement(By.linkText(plate)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-title"), plate));
        assertThat(driver.findElement(By.id("entity-forces")).getText()).contains("Essex Police");
        driver.findElement(By.id("entity-chart")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-selected-label"), plate));
        click(By.id("chart-expand"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "added"));
        assertThat(driver.findElement(By.id("chart-metrics")).getText()).contains("+441144960" + serial);

        WebElement to = driver.findElement(By.cssSelector("#chart-path-to input"));
        to.sendKeys(person);
        click(By.id("chart-find-path"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "Path of 2 hops"));
        assertThat(driver.findElement(By.id("chart-status")).getText())
                .contains(plate, "+441144960" + serial, "QUILLFEATHER");
        assertThat(driver.findElement(By.id("chart-metrics")).getText()).contains("Marta");
        settle();
        browser.screenshot("link-chart");

        click(By.id("chart-save"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#chart-name input")))
                .sendKeys("Seat Leon " + plate);
        click(By.id("chart-save-confirm"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "Saved as"));
        click(By.id("chart-open"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#chart-saved vaadin-button")).stream()
                .filter(b -> b.getText().startsWith("Seat Leon " + plate)).findFirst().orElse(null)).click();
        browser.waiting().until(ExpectedConditions.urlContains("chart?open="));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "nodes"));
        assertThat(driver.findElement(By.id("chart-metrics")).getText()).contains(plate, "Marta");
        settle();
        browser.screenshot("link-chart-reopened");

        // The record as an event, between the people its narrative names, its phone and its address.
        String event = "event:" + DocumentId.forRecord(ForceCode.of("kent"), "beacon-rms", key).value();
        driver.get(base() + "/chart?start=" + java.net.URLEncoder.encode(event, java.nio.charset.StandardCharsets.UTF_8));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-selected-label"),
                "Burglary - dwelling"));
        click(By.id("chart-expand"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-status"), "added"));
        assertThat(driver.findElement(By.id("chart-metrics")).getText())
                .contains("Marta", "Tobias FENWICK", "4 Addington Street, CT9 1PP", "+441144960" + serial);
        // The address the record's text gives with its town is the one its fields give with the postcode.
        assertThat(driver.findElements(By.cssSelector("#chart-metrics .cf-entity-address"))).hasSize(1);
        settle();
        browser.screenshot("link-chart-event");
    }
}
