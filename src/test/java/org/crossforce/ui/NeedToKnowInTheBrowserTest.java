package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Need to know, end to end in a real browser: an analyst of one force signs in, states a purpose,
 * searches and sees only what their force and clearance allow, opens a record; the auditor then
 * signs in and finds that look, with its purpose, in the audit trail.
 */
@CrossforceIntegrationTest
class NeedToKnowInTheBrowserTest extends BrowserTest {

    @Test
    void anAnalystSeesOnlyPermittedRecordsAndTheAuditorSeesTheLook(@TempDir Path dir) throws IOException {
        String name = "PENHALLOW" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        Api api = new Api(port, context);
        String own = upload(api, dir, "dyfed-powys", "OFFICIAL", "Witness statement, Aberystwyth harbour " + name);
        upload(api, dir, "dyfed-powys", "SECRET", "Covert source report " + name);
        upload(api, dir, "north-wales", "OFFICIAL", "Incident log, Bangor pier " + name);
        TestAccounts.ensure(context, "dp.analyst", Set.of(Roles.ANALYST), ForceCode.of("dyfed-powys"),
                Marking.OFFICIAL_SENSITIVE);
        TestAccounts.ensure(context, "e2e.auditor", Set.of(Roles.AUDITOR), null, Marking.OFFICIAL);

        var driver = browser.driver();
        signInAs("dp.analyst");
        driver.get(base() + "/search?q=" + name.toLowerCase(java.util.Locale.ROOT));
        browser.statePurpose("Investigation", "OP-E2E");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "1 result"));
        assertThat(driver.findElement(By.id("results")).getText())
                .contains("Witness statement, Aberystwyth harbour").doesNotContain("Covert source", "Bangor pier");
        assertThat(driver.findElement(By.id("current-purpose")).getText()).isEqualTo("Purpose: Investigation: OP-E2E");
        assertThat(driver.findElement(By.id("force-facet")).getText()).doesNotContain("North Wales");
        assertThat(driver.findElement(By.cssSelector(".cf-brand")).getCssValue("color"))
                .as("Crossforce's own style sheet reaches a signed-in browser").isEqualTo("rgba(29, 63, 114, 1)");
        browser.screenshot("need-to-know-analyst-search");

        driver.findElement(By.cssSelector("#results .cf-hit-title")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-title"),
                "Witness statement"));
        assertThat(driver.findElement(By.id("print-banner")).getDomProperty("textContent"))
                .as("what a printed record carries").contains("OFFICIAL · handling P", "printed from Crossforce by "
                        + "dp.analyst", "purpose: Investigation: OP-E2E");
        browser.screenshot("need-to-know-analyst-document");

        driver.findElement(By.id("sign-out")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
        browser.signIn(base(), "e2e.auditor", TestAccounts.PASSWORD);
        browser.waiting().until(d -> d.getCurrentUrl().contains("/audit"));
        WebElement user = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#audit-user input")));
        user.sendKeys("dp.analyst", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-summary"), "match"));
        List<String> cells = browser.waiting().until(d -> {
            List<String> texts = d.findElements(By.cssSelector("#audit-entries vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).toList();
            return texts.contains("view document") ? texts : null;
        });
        assertThat(cells).contains("sign in", "purpose stated", "search", "view document", "Investigation: OP-E2E", own);
        assertThat(cells.indexOf("view document")).isLessThan(cells.indexOf("search"));
        browser.screenshot("need-to-know-auditor-sees-the-look");
    }

    @Test
    void anOpenPageClosesWhenItsSignInEndsElsewhere() {
        TestAccounts.ensure(context, "dp.leaver", Set.of(Roles.ANALYST), ForceCode.of("dyfed-powys"), Marking.OFFICIAL);
        var driver = browser.driver();
        signInAs("dp.leaver");
        driver.get(base() + "/search");
        browser.statePurpose("Investigation", "OP-LEAVER");

        // An administrator disables the account while its page is open.
        context.getBean(org.crossforce.security.Accounts.class).setEnabled(TestAccounts.ADMIN, "dp.leaver", false);
        driver.findElement(By.cssSelector("#search-query input")).sendKeys("anything", Keys.ENTER);

        browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void nothingIsReachableWithoutSigningIn() throws IOException {
        var driver = browser.driver();
        for (String page : List.of("/", "/search?q=anything", "/audit", "/ingest", "/admin/accounts")) {
            driver.get(base() + page);
            browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
        }
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Crossforce", "Sign in",
                "every search and every record you open is recorded");
        assertThat(new Api(port).get("/api/search?q=anything").status()).isEqualTo(401);
        browser.screenshot("sign-in-page");
    }

    private String upload(Api api, Path dir, String force, String marking, String title) throws IOException {
        Path file = Files.writeString(dir.resolve(force + "-" + marking + ".txt"), title + "\nRecorded for the test.");
        return api.upload(force, Map.of("marking", marking), file).body().get(0).get("id").asString();
    }
}
