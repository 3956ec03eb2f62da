package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.HateStrand;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.Receipt;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.ReportPlace;
import org.crossforce.intake.ReportStatus;
import org.crossforce.intake.Reporter;
import org.crossforce.intake.StagedFile;
import org.crossforce.shared.ForceCode;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Photos;
import org.crossforce.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Greater Manchester intake officer in a real browser. The public reported a hate crime in
 * Manchester, with a photo, and a theft in Canterbury: only the first reaches Greater Manchester's
 * queue. The officer opens it, sees the photo, writes to the reporter and accepts it as an
 * OFFICIAL-SENSITIVE record; then publishes an appeal with a CCTV still.
 */
@CrossforceIntegrationTest
class IntakeInTheBrowserTest extends BrowserTest {

    private static final ForceCode GMP = ForceCode.of("greater-manchester");
    private static final ForceCode KENT = ForceCode.of("kent");

    @Autowired
    PublicDesk desk;

    @Autowired
    AuditTrail audit;

    @Test
    void anIntakeOfficerAcceptsAHateCrimeReportAndPublishesAnAppeal(@TempDir Path dir) throws IOException {
        StagedFile photo = stage(Photos.jpeg(dir.resolve("market-street.jpg"), "Market Street", 53.4808, -2.2426,
                60_000));
        Receipt manchester = desk.submit(new PublicSubmission(ReportKind.HATE, null, "Verbal abuse or threats",
                Set.of(HateStrand.RACE, HateStrand.RELIGION),
                "A man shouted abuse about my headscarf while I waited at the bus stop, then pushed me into the "
                        + "shelter. Two other people at the stop saw it.",
                LocalDate.now().minusDays(1), LocalTime.of(17, 45), false, true,
                "White man, about 40, grey hoodie, got into a silver car AB12 CDE.",
                new ReportPlace(53.4808, -2.2426, "Bus stop on Market Street, Manchester", "photo"),
                new Reporter("Sam Reporter", "sam.reporter@example.org", "07700 900123", false),
                List.of(photo.id()), false, "127.0.0.1"));
        Receipt kent = desk.submit(new PublicSubmission(ReportKind.CRIME, null, "Theft", Set.of(),
                "My bicycle was taken from the rack outside the cathedral.", LocalDate.now().minusDays(2), null, false,
                false, null, new ReportPlace(51.2802, 1.0789, "Canterbury Cathedral", "pin"), Reporter.ANONYMOUS,
                List.of(), false, "127.0.0.1"));
        assertThat(manchester.force()).isEqualTo(GMP);
        assertThat(kent.force()).isEqualTo(KENT);

        var driver = browser.driver();
        TestAccounts.intake(context, GMP.value());
        signInAs("test.intake." + GMP.value());
        driver.get(base() + "/intake");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-queue"),
                manchester.reference()));
        assertThat(driver.findElement(By.id("intake-queue")).getText())
                .contains("A hate crime or hate incident", "Race or ethnicity", "Bus stop on Market Street")
                .doesNotContain(kent.reference());
        assertThat(driver.findElement(By.id("intake-count")).getText()).contains("waiting");
        browser.screenshot("intake-queue");

        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + manchester.reference() + "']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-report-reference"),
                manchester.reference()));
        assertThat(driver.getCurrentUrl()).contains("ref=" + manchester.reference());
        assertThat(driver.findElement(By.id("intake-report")).getText())
                .contains("headscarf", "Sam Reporter", "sam.reporter@example.org", "Race or ethnicity", "Opened");
        // The photo is shown, read through the intake service.
        browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#intake-files img'); return i ? i.naturalWidth : 0;"))
                .intValue() > 0);

        String question = "Thank you for telling us. Can you describe the car any further?";
        WebElement reply = driver.findElement(By.cssSelector("#intake-reply-text textarea"));
        reply.sendKeys(question);
        click(By.id("intake-reply-send"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-messages"), question));
        scrollTo("intake-report");
        settle();
        browser.screenshot("intake-report");

        click(By.id("intake-accept"));
        choose("accept-marking", "OFFICIAL-SENSITIVE");
        click(By.id("accept-confirm"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-recorded"),
                "Recorded as"));
        assertThat(driver.findElement(By.id("intake-decision")).getText()).contains("OFFICIAL-SENSITIVE");
        assertThat(driver.findElements(By.id("intake-accept"))).isEmpty();
        scrollTo("intake-report");
        browser.screenshot("intake-accepted");

        FollowUp followed = desk.follow(manchester.link()).orElseThrow();
        assertThat(followed.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(followed.messages()).extracting(FollowUp.Message::body).contains(question);
        assertThat(audit.find(AuditFilter.all().byRecord(manchester.reference()), 50)).extracting(e -> e.action())
                .contains(AuditAction.OPEN_PUBLIC_REPORT, AuditAction.DOWNLOAD_PUBLIC_FILE,
                        AuditAction.REPLY_TO_REPORTER, AuditAction.ACCEPT_PUBLIC_REPORT);

        String title = "Witnesses sought: assault at a Market Street bus stop " + Long.toString(System.nanoTime(), 36);
        Path still = Photos.jpeg(dir.resolve("cctv-still.jpg"), "CCTV 17:46", null, null, 30_000);
        driver.get(base() + "/appeals");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#appeal-title input")))
                .sendKeys(title);
        driver.findElement(By.cssSelector("#appeal-body textarea")).sendKeys("At about 5.45 pm yesterday a woman "
                + "was abused and pushed at the bus stop on Market Street. Did you see it, or do you know the man in "
                + "the picture?");
        driver.findElement(By.cssSelector("#appeal-place input")).sendKeys("Market Street, Manchester");
        driver.findElement(By.cssSelector("#appeal-latitude input")).sendKeys("53.4808");
        driver.findElement(By.cssSelector("#appeal-longitude input")).sendKeys("-2.2426");
        WebElement upload = driver.findElement(By.id("appeal-images"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(still.toString());
        WebElement caption = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#appeal-image-list .cf-intake-caption input")));
        caption.sendKeys("The man police would like to speak to");
        click(By.id("appeal-publish"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-outcome"),
                "Published: the public can see it at"));
        String address = driver.findElement(By.id("appeal-public-link")).getText();
        assertThat(address).contains("/public/appeals/");
        scrollTo("appeals-list");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeals-list"), title));
        assertThat(driver.findElement(By.id("appeals-list")).getText()).contains("Current", "Withdraw");

        String id = address.substring(address.lastIndexOf('/') + 1);
        PublicAppeal appeal = desk.appeal(id).orElseThrow();
        assertThat(appeal.title()).isEqualTo(title);
        assertThat(appeal.force()).isEqualTo(GMP);
        assertThat(appeal.latitude()).isEqualTo(53.4808);
        assertThat(appeal.images()).extracting(PublicAppeal.Image::caption)
                .containsExactly("The man police would like to speak to");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('h2').scrollIntoView()");
        browser.screenshot("appeals");
    }

    @Test
    void anIntakeOfficerJoinsADuplicateAndClosesAReportWithAReasonForItsReporter() {
        Receipt first = desk.submit(antisocial("Youths throwing stones at the bus shelter on Whitstable Road."));
        Receipt second = desk.submit(antisocial("Stones thrown at the bus shelter again, same group as before."));
        TestAccounts.intake(context, KENT.value());
        signInAs("test.intake." + KENT.value());
        var driver = browser.driver();

        driver.get(base() + "/intake?ref=" + second.reference().toLowerCase(java.util.Locale.ROOT));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-report-reference"),
                second.reference()));
        assertThat(driver.findElement(By.id("intake-reporter")).getText()).contains("Anonymous");
        click(By.id("intake-duplicate"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#duplicate-of input")))
                .sendKeys(first.reference());
        click(By.id("duplicate-confirm"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-decision"),
                "Duplicate of " + first.reference()));
        assertThat(driver.findElements(By.id("intake-reply-text"))).isEmpty();

        click(By.linkText(first.reference()));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-report-reference"),
                first.reference()));
        click(By.id("intake-close"));
        click(By.id("close-confirm"));
        assertThat(driver.findElement(By.id("close-reason")).getText()).contains("the reporter reads it");
        String reason = "Thank you. Officers will patrol Whitstable Road in the evenings; call 999 if it happens again.";
        driver.findElement(By.cssSelector("#close-reason textarea")).sendKeys(reason);
        click(By.id("close-confirm"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-decision"), reason));
        assertThat(desk.follow(first.link()).orElseThrow().status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(desk.follow(second.link()).orElseThrow().status()).isEqualTo(ReportStatus.DUPLICATE);

        click(By.id("intake-show"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals("Closed")).findFirst().orElse(null)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-queue"),
                first.reference()));
    }

    private static PublicSubmission antisocial(String what) {
        return new PublicSubmission(ReportKind.ASB, null, "Vandalism", Set.of(), what, LocalDate.now(), null, true,
                false, null, new ReportPlace(51.3572, 1.0245, "Whitstable Road, Canterbury", "pin"), Reporter.ANONYMOUS,
                List.of(), false, "127.0.0.1");
    }

    private StagedFile stage(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return desk.stage(file.getFileName().toString(), in);
        }
    }

    private void choose(String selectId, String item) {
        click(By.id(selectId));
        browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(item)).findFirst().orElse(null)).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(selectId), item));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0])"
                + ".scrollIntoView({block: 'start'})", id);
    }
}
