package org.crossforce.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, driven by Selenium with the system's chromedriver: nothing is
 * downloaded, and the browser writes only under target/.
 */
public final class Browser implements AutoCloseable {

    private static final Path WORK = Path.of("target", "browser").toAbsolutePath();
    private final ChromeDriver driver;

    public Browser() throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(WORK), "profile-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", WORK.resolve("config").toString(),
                        "XDG_CACHE_HOME", WORK.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        this.driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Signs in through the sign-in page, as a user types it, and waits to leave that page. */
    public void signIn(String base, String username, String password) {
        driver.get(base + "/login");
        org.openqa.selenium.WebElement user = waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
                .elementToBeClickable(org.openqa.selenium.By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[name=password]"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Tries to sign in and answers the reason the sign-in page gives for refusing. */
    public String signInExpectingFailure(String base, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
                .elementToBeClickable(org.openqa.selenium.By.cssSelector("input[name=username]"))).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[name=password]"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/login?error"));
        return waiting().until(d -> {
            String text = d.findElement(org.openqa.selenium.By.tagName("body")).getText();
            return text.contains("Not signed in") ? text : null;
        });
    }

    /** Changes the password on the page a one-time password leads to. */
    public void changePassword(String current, String next) {
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
                .elementToBeClickable(org.openqa.selenium.By.cssSelector("#current-password input"))).sendKeys(current);
        driver.findElement(org.openqa.selenium.By.cssSelector("#new-password input")).sendKeys(next);
        driver.findElement(org.openqa.selenium.By.cssSelector("#new-password-again input")).sendKeys(next);
        driver.findElement(org.openqa.selenium.By.id("change-password")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/password"));
    }

    /** Answers the purpose dialog, which opens before the first search or record of a session. */
    public void statePurpose(String reason, String reference) {
        org.openqa.selenium.WebElement select = waiting().until(org.openqa.selenium.support.ui.ExpectedConditions
                .elementToBeClickable(org.openqa.selenium.By.id("purpose-reason")));
        select.click();
        waiting().until(d -> d.findElements(org.openqa.selenium.By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().equals(reason)).findFirst().orElse(null)).click();
        driver.findElement(org.openqa.selenium.By.cssSelector("#purpose-reference input")).sendKeys(reference);
        driver.findElement(org.openqa.selenium.By.id("purpose-start")).click();
        // The page opens again with the purpose in its header; elements of the old page vanish meanwhile.
        waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(org.openqa.selenium.By.id("current-purpose")).stream()
                        .anyMatch(e -> e.isDisplayed() && e.getText().contains(reason)));
    }

    /** Saves what the user sees under target/screenshots/. */
    public Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
