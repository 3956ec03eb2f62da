package org.crossforce.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.IntakeItem;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.ReportKind;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.crossforce.support.Accessibility;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.Photos;
import org.crossforce.support.TestAccounts;
import org.crossforce.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public portal end to end in a real browser, with its script: a member of the public reports a
 * hate crime with a photo at a Manchester postcode; the report reaches Greater Manchester Police's
 * intake officer and not Kent's, with a confirmation emailed to the reporter; the officer replies
 * and accepts it; the reporter opens the link from the email that says so and reads the reply.
 * Then Greater Manchester publishes an appeal and a member of the public answers it. axe-core
 * checks every public page on the way, errors shown included.
 */
@CrossforceIntegrationTest
class PublicPortalInTheBrowserTest extends BrowserTest {

    private static final ForceCode GMP = ForceCode.of("greater-manchester");
    private static final ForceCode KENT = ForceCode.of("kent");
    private static final Pattern REFERENCE = Pattern.compile("CF-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Autowired
    IntakeService intake;

    @Autowired
    AppealService appeals;

    private final Accessibility axe = new Accessibility();

    @Test
    void aHateCrimeReportedOnlineReachesGreaterManchesterAndItsReporterReadsTheReply(@TempDir Path dir)
            throws IOException {
        String email = "reporter." + System.nanoTime() + "@example.org";
        Path photo = Photos.jpeg(dir.resolve("bus-stop.jpg"), "Bus stop", 53.4794, -2.2453, 400_000);
        var driver = browser.driver();

        driver.get(base() + "/public");
        assertThat(text()).contains("In an emergency, call 999");
        axe.check(driver, "start");
        browser.screenshot("portal-start");
        onAPhone("portal-start-phone");
        click(By.linkText("A hate crime or hate incident"));

        heading("What do you think it was motivated by?");
        axe.check(driver, "strands");
        continueOn();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("cf-error-summary")));
        assertThat(driver.switchTo().activeElement().getText()).contains("There is a problem");
        axe.check(driver, "strands with an error");
        browser.screenshot("portal-error");
        option("strands", "RACE");
        option("strands", "RELIGION");
        continueOn();

        heading("What happened?");
        option("category", "Verbal abuse or threats");
        axe.check(driver, "category");
        continueOn();

        heading("What happened?");
        driver.findElement(By.id("description")).sendKeys("A man shouted abuse about my headscarf at the bus stop "
                + "on Market Street and pushed me into the shelter. Two people waiting there saw it.");
        option("anyoneHurt", "no");
        option("ongoing", "no");
        axe.check(driver, "what happened");
        onAPhone("portal-what-phone");
        continueOn();

        heading("When did it happen?");
        LocalDate yesterday = LocalDate.now().minusDays(1);
        driver.findElement(By.id("date-day")).sendKeys(String.valueOf(yesterday.getDayOfMonth()));
        driver.findElement(By.id("date-month")).sendKeys(String.valueOf(yesterday.getMonthValue()));
        driver.findElement(By.id("date-year")).sendKeys(String.valueOf(yesterday.getYear()));
        driver.findElement(By.id("time")).sendKeys("17:45");
        axe.check(driver, "when");
        continueOn();

        heading("Who was involved?");
        driver.findElement(By.id("involved")).sendKeys("White man, about 40, grey hoodie. Drove off in a silver car, "
                + "AB12 CDE.");
        axe.check(driver, "who");
        continueOn();

        heading("Add photos or video (optional)");
        axe.check(driver, "files");
        driver.findElement(By.id("files")).sendKeys(photo.toString());
        click(By.xpath("//button[normalize-space(.)='Add files']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("table"), "bus-stop.jpg"));
        axe.check(driver, "files with a photo");
        browser.screenshot("portal-files");
        continueOn();

        heading("Where did it happen?");
        assertThat(text()).contains("Where bus-stop.jpg was taken");
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".cf-map.cf-map--on path")).isEmpty());
        axe.check(driver, "where");
        browser.screenshot("portal-where");
        driver.findElement(By.id("postcode")).sendKeys("M1 1AE");
        driver.findElement(By.id("placeText")).sendKeys("Bus stop on Market Street");
        continueOn();

        heading("Is this the right place?");
        assertThat(text()).contains("Greater Manchester Police");
        axe.check(driver, "place");
        browser.screenshot("portal-place");
        option("right", "yes");
        continueOn();

        heading("About you");
        assertThat(text()).contains("If you say no, it is deleted after 90 days.");
        driver.findElement(By.id("name")).sendKeys("Sam Reporter");
        driver.findElement(By.id("email")).sendKeys(email);
        option("consent", "no");
        axe.check(driver, "about you");
        continueOn();

        heading("Check your answers");
        assertThat(text()).contains("Race or ethnicity", "headscarf", "bus-stop.jpg", "Sam Reporter");
        axe.check(driver, "check");
        // The browser finds the proof of work while the reporter reads the answers.
        browser.waiting().until(d -> !d.findElement(By.cssSelector("input[data-nonce]")).getDomProperty("value")
                .isEmpty());
        browser.screenshot("portal-check");
        click(By.xpath("//button[normalize-space(.)='Send report']"));

        heading("Report sent");
        Matcher shown = REFERENCE.matcher(text());
        assertThat(shown.find()).isTrue();
        String reference = shown.group();
        assertThat(text()).contains("Greater Manchester Police");
        axe.check(driver, "done");
        browser.screenshot("portal-done");

        // The confirmation email carries the reference and the link.
        TestMail.Mail confirmation = TestMail.await(email, "Your report to Greater Manchester Police: " + reference);
        assertThat(followLink(confirmation)).isNotBlank();

        // Greater Manchester's intake officer has it; Kent's does not.
        TestAccounts.intake(context, KENT.value());
        signInAs("test.intake." + KENT.value());
        driver.get(base() + "/intake");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("intake-count")));
        browser.waiting().until(d -> !d.findElement(By.id("intake-count")).getText().isBlank());
        assertThat(driver.findElement(By.id("intake-queue")).getText()).doesNotContain(reference);
        assertThat(intake.queue(officer(KENT), KENT, IntakeService.WAITING, 1000)).extracting(IntakeItem::reference)
                .doesNotContain(reference);

        TestAccounts.intake(context, GMP.value());
        signInAs("test.intake." + GMP.value());
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/intake")); // where an intake officer lands
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-queue"), reference));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + reference + "']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-report-reference"),
                reference));
        assertThat(driver.findElement(By.id("intake-report")).getText()).contains("headscarf", "Sam Reporter");
        browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#intake-files img'); return i ? i.naturalWidth : 0;"))
                .intValue() > 0);
        String question = "Thank you for telling us. Did either of the people at the stop give you their name?";
        driver.findElement(By.cssSelector("#intake-reply-text textarea")).sendKeys(question);
        click(By.id("intake-reply-send"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-messages"), question));
        click(By.id("intake-accept"));
        click(By.id("accept-confirm"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intake-recorded"),
                "Recorded as"));
        browser.screenshot("portal-intake-accepted");

        // The reporter is told by email, and follows its link to read the reply.
        TestMail.Mail notice = TestMail.await(email, "A message about your report " + reference);
        assertThat(notice.body()).doesNotContain(question);
        String link = followLink(notice);
        driver.manage().deleteAllCookies();
        driver.get(base() + link);
        heading(reference);
        assertThat(text()).contains(question, "Greater Manchester Police").contains("This link works until "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                        .format(LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(180)));
        axe.check(driver, "follow");
        driver.findElement(By.id("message")).sendKeys("One of them was a student called Priya; she said she would "
                + "come forward.");
        click(By.xpath("//button[normalize-space(.)='Send']"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Priya"));
        axe.check(driver, "follow after a reply");
        browser.screenshot("portal-follow");

        // An appeal, published by Greater Manchester, answered by a member of the public.
        String title = "Witnesses sought: assault at a Piccadilly bus stop " + Long.toString(System.nanoTime(), 36);
        Path still = Photos.jpeg(dir.resolve("cctv.jpg"), "CCTV 17:46", null, null, 30_000);
        PublicAppeal appeal = appeals.publish(officer(GMP), new AppealDraft(GMP, title, "At about 5.45 pm on "
                + "Tuesday a woman was abused and pushed at the bus stop. Did you see it, or do you know the man?",
                "Piccadilly Gardens, Manchester", 53.4808, -2.2366, yesterday, LocalDate.now().plusDays(28),
                List.of(new AppealDraft.Image("cctv.jpg", still, "The man police would like to speak to"))));
        driver.get(base() + "/public/appeals?force=" + GMP.value());
        axe.check(driver, "appeals");
        click(By.linkText(title));
        heading(title);
        browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('.cf-gallery img'); return i ? i.naturalWidth : 0;")).intValue() > 0);
        axe.check(driver, "appeal");
        browser.screenshot("portal-appeal");
        click(By.linkText("Send information"));
        heading("What do you know?");
        driver.findElement(By.id("description")).sendKeys("I was on the 86 bus and saw him run towards Oldham Street.");
        continueOn();
        heading("Add photos or video (optional)");
        continueOn();
        heading("Where was this? (optional)");
        continueOn();
        heading("About you");
        driver.findElement(By.id("name")).sendKeys("Jo Witness");
        driver.findElement(By.id("email")).sendKeys("witness." + System.nanoTime() + "@example.org");
        option("consent", "yes");
        continueOn();
        heading("Check your answers");
        assertThat(text()).contains(title, "Oldham Street");
        click(By.xpath("//button[normalize-space(.)='Send report']"));
        heading("Report sent");
        Matcher answer = REFERENCE.matcher(text());
        assertThat(answer.find()).isTrue();
        assertThat(intake.queue(officer(GMP), GMP, IntakeService.WAITING, 1000))
                .filteredOn(i -> i.reference().equals(answer.group())).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(ReportKind.APPEAL));

        axe.report("public-portal");
        assertThat(axe.pagesChecked()).isGreaterThanOrEqualTo(17);
        assertThat(axe.violations()).as("axe-core violations on the public pages").isEmpty();
    }

    private static Caller officer(ForceCode force) {
        return new Caller("test.intake." + force.value(), Set.of(Roles.INTAKE), Set.of(force), Marking.SECRET,
                "Public intake", "browser test", List.of());
    }

    /** What the page looks like, and whether it still passes, on a phone's screen. */
    private void onAPhone(String screenshot) throws IOException {
        var window = browser.driver().manage().window();
        var desktop = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(390, 844));
        axe.check(browser.driver(), screenshot);
        browser.screenshot(screenshot);
        window.setSize(desktop);
    }

    private static String followLink(TestMail.Mail mail) {
        Matcher link = Pattern.compile("/public/follow/[A-Za-z0-9_-]{43}").matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group();
    }

    private String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private void heading(String words) {
        // The page may be changing under the check: a node of the old page is no answer yet.
        browser.waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), words));
    }

    private void continueOn() {
        click(By.xpath("//main//button[normalize-space(.)='Continue']"));
    }

    /** Chooses a radio or checkbox as a person does: by clicking its label. */
    private void option(String name, String value) {
        WebElement input = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value
                + "']"));
        click(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"));
    }
}
