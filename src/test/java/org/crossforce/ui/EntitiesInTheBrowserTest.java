package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
 * An analyst in a real browser types a plate with a space, opens its profile, sees the records of
 * two forces that mention it, and follows it from a document where it is marked.
 */
@CrossforceIntegrationTest
class EntitiesInTheBrowserTest extends BrowserTest {

    @Test
    void fromAPlateWrittenWithASpaceToItsProfileAcrossForces(@TempDir Path dir) throws IOException {
        Api api = new Api(port, context);
        Random random = new Random();
        String plate = "YK" + (10 + random.nextInt(80)) + letters(random);
        String spaced = plate.substring(0, 4) + " " + plate.substring(4);
        Path kent = Files.writeString(dir.resolve("anpr-kent.txt"), "ANPR hit, Thanet Way\nThe silver Audi A3 "
                + plate.toLowerCase(Locale.ROOT) + " passed the Thanet Way camera at 02:14, driver believed to carry "
                + "a machete. Registered keeper phone 0113 496 0" + String.format("%03d", random.nextInt(1000)) + ".");
        Path essex = Files.writeString(dir.resolve("stop-essex.txt"), "Stop check, A127\nVehicle " + spaced
                + " stopped on the A127 at Rayleigh Weir; two occupants, no further action.");
        assertThat(api.upload("kent", Map.of(), kent).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        String stop = api.upload("essex", Map.of(), essex).body().get(0).get("id").asString();

        var driver = browser.driver();
        signInAsReader("/entities");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-summary"),
                "Most mentioned"));
        WebElement box = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entity-query input")));
        box.sendKeys(spaced, Keys.ENTER);
        // The page opened on the most mentioned entities, which may hold this plate too: wait for the answer.
        browser.waiting().until(d -> !d.findElement(By.id("entity-summary")).getText().startsWith("Most mentioned")
                && d.findElement(By.id("entity-results")).getText().contains(plate));
        assertThat(driver.findElement(By.id("entity-results")).getText()).contains("Kent Police (1)", "Essex Police (1)");
        browser.screenshot("entity-search");

        driver.findElement(By.linkText(plate)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-title"), plate));
        assertThat(driver.findElement(By.id("entity-spellings")).getText())
                .contains(plate.toLowerCase(Locale.ROOT), spaced);
        assertThat(driver.findElement(By.id("entity-forces")).getText()).contains("Kent Police", "Essex Police");
        assertThat(driver.findElements(By.cssSelector("#entity-mentions .cf-hit"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#entity-mentions .cf-snippet em")))
                .extracting(WebElement::getText).anyMatch(t -> t.equalsIgnoreCase(plate) || t.equals(spaced)
                        || plate.startsWith(t.toUpperCase(Locale.ROOT)));
        assertThat(driver.findElement(By.id("entity-neighbours")).getText()).contains("machete");
        browser.screenshot("entity-profile");

        driver.get(base() + "/documents/" + stop);
        WebElement mention = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#document-text a.cf-entity-vrm")));
        assertThat(mention.getText()).isEqualTo(spaced);
        assertThat(driver.findElement(By.id("document-entities")).getText()).contains(plate);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", mention);
        browser.screenshot("document-entities");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(mention)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("entity-title"), plate));
    }

    @Test
    void anEntityNobodyMentionsIsSaidToBeUnknown() throws IOException {
        signInAsReader("/entities?q=ZZ99ZZZ");
        WebElement message = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-message")));
        assertThat(message.getText()).contains("Nothing you may read mentions");
        browser.screenshot("entity-search-nothing");
    }

    private static String letters(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            out.append("ABCDEFGHJKLMNPRSTUVWXY".charAt(random.nextInt(22)));
        }
        return out.toString();
    }
}
