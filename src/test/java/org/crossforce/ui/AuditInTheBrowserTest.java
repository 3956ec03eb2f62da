package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** "Who has looked at this record?" answered in the audit view of a real browser. */
@CrossforceIntegrationTest
class AuditInTheBrowserTest extends BrowserTest {

    @Test
    void theAuditViewListsEveryLookAtARecordNewestFirst(@TempDir Path dir) throws IOException {
        Api api = new Api(port);
        Path note = Files.writeString(dir.resolve("custody-note.txt"), "Custody note\nDetained at Medway custody: "
                + "Robin ASHWORTH-" + System.nanoTime());
        String id = api.upload("kent", Map.of(), note).body().get(0).get("id").asString();

        var driver = browser.driver();
        driver.get("http://localhost:" + port + "/documents/" + id);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-title"), "Custody note"));

        driver.get("http://localhost:" + port + "/audit");
        WebElement record = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#audit-record input")));
        record.sendKeys(id, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-summary"), "2 entries match"));
        List<String> cells = driver.findElements(By.cssSelector("#audit-entries vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
        assertThat(cells).contains("view document", "ingest", "local-analyst", "127.0.0.1", id);
        assertThat(cells.indexOf("view document")).isLessThan(cells.indexOf("ingest"));
        assertThat(driver.findElement(By.id("audit-export")).getAttribute("href")).isNotBlank();
        browser.screenshot("audit-who-looked-at-a-record");
    }
}
