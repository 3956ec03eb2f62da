package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import java.util.Set;

import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.TestAccounts;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Text from a document is shown as text: markup in a title, the body and a file name is
 * displayed, never run, in the search results, the document page, the ingestion page and the
 * audit trail.
 */
@CrossforceIntegrationTest
class HostileTextInTheBrowserTest extends BrowserTest {

    @Test
    void scriptsAndEventHandlersInADocumentNeverRun(@TempDir Path dir) throws IOException {
        String token = "xsscheck" + Long.toString(System.nanoTime(), 36);
        String title = "<script>window.__xss='title'</script><img src=x onerror=\"window.__xss='img'\"> " + token;
        Path file = Files.writeString(dir.resolve("<img src=x onerror=window.__xss=1>.txt"), title + "\n"
                + "Body <b onmouseover=\"window.__xss='b'\">bold</b> <svg onload=\"window.__xss='svg'\"></svg> " + token);
        String id = new Api(port, context).upload("kent", Map.of(), file).body().get(0).get("id").asString();

        var driver = browser.driver();
        signInAsReader("/search?q=" + token);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "1 result"));
        assertThat(driver.findElement(By.id("results")).getText()).contains("<script>window.__xss='title'</script>");
        assertNoScriptRan("search results");

        driver.get("http://localhost:" + port + "/documents/" + id);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-title"), token));
        assertThat(driver.findElement(By.id("document-title")).getText()).startsWith("<script>");
        assertThat(driver.findElement(By.id("document-text")).getText()).contains("<svg onload=");
        assertThat(driver.findElement(By.id("document-properties")).getText()).contains("<img src=x onerror=");
        assertNoScriptRan("document page");

        TestAccounts.intake(context, "kent");
        signInAs("test.intake.kent");
        driver.get("http://localhost:" + port + "/ingest");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("jobs")));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#jobs vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Kent Police")).findFirst().orElse(null)).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#outcomes vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("<img src=x")));
        assertNoScriptRan("ingestion page");

        TestAccounts.ensure(context, "test.auditor", Set.of(Roles.AUDITOR), null, Marking.OFFICIAL);
        signInAs("test.auditor");
        driver.get("http://localhost:" + port + "/audit");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-summary"), "match"));
        assertNoScriptRan("audit trail");
        browser.screenshot("hostile-text-shown-as-text");
    }

    private void assertNoScriptRan(String where) {
        Object flag = ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertThat(flag).as("a script from the document ran on the " + where).isNull();
    }
}
