package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import idp.ForceIdentityProvider;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEntry;
import org.crossforce.audit.AuditFilter;
import org.crossforce.audit.AuditTrail;
import org.crossforce.support.Browser;
import org.crossforce.support.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in through a force's identity provider: a real OpenID Connect provider (Spring
 * Security's authorization server) started by the test, a real browser, and roles, force and
 * clearance taken from the provider's claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"crossforce.demo.enabled=false", "crossforce.security.oidc.registration=kent-idp",
                "crossforce.security.oidc.label=Sign in with Kent Police"})
@ContextConfiguration(initializers = TestElasticsearch.Initializer.class)
class OidcSignInInTheBrowserTest {

    private static final int PORT = freePort();
    private static final int IDP_PORT = freePort();
    private static Process provider;

    @Autowired
    AuditTrail audit;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        provider = ForceIdentityProvider.launch(IDP_PORT, "http://localhost:" + PORT + "/login/oauth2/code/kent-idp");
        String registration = "spring.security.oauth2.client.registration.kent-idp.";
        registry.add("server.port", () -> PORT);
        registry.add(registration + "client-id", () -> "crossforce");
        registry.add(registration + "client-secret", () -> "crossforce-secret");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.kent-idp.issuer-uri",
                () -> "http://127.0.0.1:" + IDP_PORT);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.destroy();
        }
    }

    @Test
    void anOfficerSignsInWithTheirForceAccountAndGetsTheRolesItsClaimsGive() throws IOException {
        try (Browser browser = new Browser()) {
            var driver = browser.driver();
            driver.get("http://localhost:" + PORT + "/login");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("oidc-sign-in")));
            assertThat(driver.findElement(By.id("oidc-sign-in")).getText()).isEqualTo("Sign in with Kent Police");
            browser.screenshot("oidc-sign-in-page");
            driver.findElement(By.id("oidc-sign-in")).click();

            // The provider's own sign-in form, on its own host.
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("username")))
                    .sendKeys(ForceIdentityProvider.USER);
            assertThat(driver.getCurrentUrl()).startsWith("http://127.0.0.1:" + IDP_PORT);
            driver.findElement(By.id("password")).sendKeys(ForceIdentityProvider.PASSWORD, Keys.ENTER);

            browser.statePurpose("Intelligence development", "OIDC check");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"),
                    "Kim Officer"));
            assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + PORT + "/");
            assertThat(driver.findElement(By.id("signed-in-as")).getText())
                    .isEqualTo("Kim Officer · Kent Police · cleared OFFICIAL-SENSITIVE");
            browser.screenshot("oidc-signed-in");
        }
        List<AuditEntry> signIns = audit.find(AuditFilter.all().byUser("k.officer@kent-idp")
                .byAction(AuditAction.SIGN_IN), 5);
        assertThat(signIns).hasSize(1);
        assertThat(signIns.getFirst().details()).contains("\"via\":\"oidc\"");
        assertThat(signIns.getFirst().roles()).containsExactly("analyst");
        assertThat(signIns.getFirst().forces()).containsExactly("kent");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
