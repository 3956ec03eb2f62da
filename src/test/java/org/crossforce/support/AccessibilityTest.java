package org.crossforce.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The accessibility check finds what it is there to find: a page with faults is not passed. */
class AccessibilityTest {

    @Test
    void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFails() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Faults</title></head><body><main><h1>Faults</h1>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'></main></body></html>";
        Accessibility axe = new Accessibility();
        try (Browser browser = new Browser()) {
            browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            axe.check(browser.driver(), "faults");
        }
        assertThat(axe.violations()).anyMatch(v -> v.contains("image-alt")).anyMatch(v -> v.contains("label"))
                .anyMatch(v -> v.contains("html-has-lang"));
    }
}
