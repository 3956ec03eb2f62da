package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An analyst in a real browser: search, see the highlighted hit, narrow by force, open the document. */
@CrossforceIntegrationTest
class SearchInTheBrowserTest extends BrowserTest {

    @Test
    void anAnalystFindsAReportAcrossForcesAndOpensIt(@TempDir Path dir) throws IOException {
        Api api = new Api(port, context);
        // A name of its own for each run: the test Elasticsearch keeps data between runs.
        String name = "TARRANT" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        String title = "Sighting at Dreamland, Margate " + name;
        Path kent = Files.writeString(dir.resolve("sighting.txt"), title + "\nOFFICIAL\nA silver Transit was seen near "
                + "Dreamland. The driver, Lee " + name + ", spoke to <b>staff</b> about the arcade.");
        Path btp = Files.writeString(Files.createDirectories(dir.resolve("btp")).resolve("station-note.txt"),
                "Station note, Margate\nLee " + name + " travelled from Margate to London Victoria on the 07:12.");
        assertThat(api.upload("kent", Map.of(), kent).body().get(0).get("status").asString()).isEqualTo("INDEXED");
        assertThat(api.upload("btp", Map.of(), btp).body().get(0).get("status").asString()).isEqualTo("INDEXED");

        var driver = browser.driver();
        signInAsReader("/");
        WebElement box = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-query input")));
        box.sendKeys(name.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "2 results"));

        WebElement hit = hitTitled(title);
        assertThat(hit.findElements(By.cssSelector(".cf-snippet em"))).extracting(WebElement::getText).contains(name);
        assertThat(hit.findElement(By.cssSelector(".cf-snippet")).getText()).contains("<b>staff</b>");
        assertThat(hit.getText()).contains("Kent Police", "OFFICIAL");
        browser.screenshot("search-results");

        WebElement kentFacet = browser.waiting().until(d -> d.findElements(By.cssSelector("#force-facet vaadin-checkbox"))
                .stream().filter(c -> c.getText().startsWith("Kent Police")).findFirst().orElse(null));
        assertThat(kentFacet.getText()).contains("(1)");
        kentFacet.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "1 result"));
        assertThat(driver.findElements(By.cssSelector("#results .cf-hit"))).hasSize(1);
        assertThat(driver.getCurrentUrl()).contains("q=" + name.toLowerCase(java.util.Locale.ROOT), "force=kent");
        browser.screenshot("search-filtered-by-force");

        hitTitled(title).findElement(By.cssSelector(".cf-hit-title")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-title"), title));
        assertThat(driver.findElement(By.id("document-text")).getText()).contains("The driver, Lee " + name + ", spoke to <b>staff</b>");
        assertThat(driver.findElement(By.id("document-properties")).getText())
                .contains("Kent Police (kent)", "sighting.txt", "text/plain", "OFFICIAL");
        browser.screenshot("document");
    }

    @Test
    void aSearchWithNoMatchesSaysSo() throws IOException {
        signInAsReader("/search?q=zzqxnotaword");
        WebElement empty = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-results")));
        assertThat(empty.getText()).contains("No documents match");
        browser.screenshot("search-no-results");
    }

    private WebElement hitTitled(String title) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector("#results .cf-hit")).stream()
                .filter(h -> h.findElement(By.cssSelector(".cf-hit-title")).getText().equals(title))
                .findFirst().orElse(null));
    }
}
