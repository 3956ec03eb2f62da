package org.crossforce.support;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A test of the running application in a real browser: a fresh Chromium for each test. */
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
