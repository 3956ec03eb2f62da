package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crossforce.support.TestAccounts;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An intake officer in a real browser: drops files for a force, sends them, and watches their outcomes. */
@CrossforceIntegrationTest
class IngestInTheBrowserTest extends BrowserTest {

    @Test
    void filesDroppedInTheIngestViewAreSentAsOneJobWithAnOutcomeEach(@TempDir Path dir) throws IOException {
        String name = "QUILLER" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        Path report = Files.writeString(dir.resolve("handover-note.txt"),
                "Handover note\nOFFICIAL\nA blue Fiesta registered to Dana " + name + " was stopped in Chatham.");
        Path empty = Files.write(dir.resolve("empty-statement.txt"), new byte[0]);

        var driver = browser.driver();
        TestAccounts.intake(context, "kent");
        signInAs("test.intake.kent");
        driver.get("http://localhost:" + port + "/ingest");
        WebElement panel = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("upload-panel")));
        panel.findElement(By.cssSelector("vaadin-details-summary")).click();
        WebElement force = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#upload-panel vaadin-combo-box input")));
        force.sendKeys("Kent Police");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        force.sendKeys(Keys.ENTER);

        WebElement upload = driver.findElement(By.cssSelector("#upload-panel vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(report + "\n" + empty);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ingest-uploads"),
                "Ingest 2 files"));
        browser.screenshot("ingest-files-dropped");
        driver.findElement(By.id("ingest-uploads")).click();

        browser.waiting().until(ExpectedConditions.textMatches(By.cssSelector("#ingest-view-job h3"),
                java.util.regex.Pattern.compile("2 of 2 files done")));
        List<String> cells = browser.waiting().until(d -> {
            List<String> texts = d.findElements(By.cssSelector("#outcomes vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).toList();
            return texts.contains("INDEXED") && texts.contains("FAILED") ? texts : null;
        });
        assertThat(cells).contains("handover-note.txt", "empty-statement.txt", "The file is empty (0 bytes).");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("ingest-view-job")));
        browser.screenshot("ingest-outcomes");

        signInAsReader("/search?q=" + name.toLowerCase(java.util.Locale.ROOT));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "1 result"));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Kent Police", "Handover note");
    }
}
