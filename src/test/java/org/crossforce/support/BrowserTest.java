package org.crossforce.support;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A test of the running application in a real browser: a fresh Chromium for each test. */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser();
    }

    /** Signs in as the tests' reader, who reads every force, and states a purpose on the first search. */
    protected void signInAsReader(String firstPage) {
        TestAccounts.readerEverywhere(context);
        signInAs("test.reader");
        browser.driver().get(base() + firstPage);
        browser.statePurpose("Investigation", "browser test");
    }

    /** Signs in as an account the test made, after signing out whoever was in. */
    protected void signInAs(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base(), username, TestAccounts.PASSWORD);
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The link chart's layout animates new nodes into place for a moment: a screenshot waits for it. */
    protected static void settle() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clicks an element once it can be clicked, scrolled into the middle of the view first. */
    protected void click(org.openqa.selenium.By by) {
        org.openqa.selenium.WebElement element = browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
