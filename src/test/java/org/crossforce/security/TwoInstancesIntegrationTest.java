package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.crossforce.support.AppProcess;
import org.crossforce.support.Browser;
import org.crossforce.support.Commands;
import org.crossforce.support.TestElasticsearch;
import org.crossforce.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two Crossforce instances, as behind a load balancer: their own processes and data directories,
 * one PostgreSQL and one Elasticsearch. A sign-in, its purpose, a sign-out and a lock-out made on
 * one hold on the other, and both write one audit chain.
 */
class TwoInstancesIntegrationTest {

    private static final String OWN_PASSWORD = "shared by both instances";

    @Test
    void signInsLockOutsAndTheAuditChainAreShared(@TempDir Path dir) throws Exception {
        TestPostgres.Database database = TestPostgres.freshSchema();
        String[] store = {"--spring.datasource.url=" + database.url(), "--spring.flyway.schemas=" + database.schema(),
                "--crossforce.security.lockout-attempts=3"};
        String elasticsearch = TestElasticsearch.url().toString();
        // The first instance creates the schema and the first administrator; the second finds both.
        try (AppProcess a = new AppProcess(Files.createDirectories(dir.resolve("a")), elasticsearch, store).start()) {
            String analyst = oneTimePassword(database, "twin.analyst");
            String locked = oneTimePassword(database, "twin.locked");
            try (AppProcess b = new AppProcess(Files.createDirectories(dir.resolve("b")), elasticsearch, store).start();
                    Browser browser = new Browser()) {
                assertThat(a.log()).contains("the first administrator account was created");
                assertThat(b.log()).doesNotContain("the first administrator account was created");

                // Cookies belong to the host, not the port: the browser takes its sign-in from A to B,
                // as it would through a load balancer. The one-time password must be changed first.
                browser.signIn(a.base(), "twin.analyst", analyst);
                browser.changePassword(analyst, OWN_PASSWORD);
                browser.driver().get(a.base() + "/search");
                browser.statePurpose("Safeguarding", "TWIN-1");
                browser.driver().get(b.base() + "/search");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-purpose"),
                        "Safeguarding: TWIN-1"));
                assertThat(browser.driver().getCurrentUrl()).startsWith(b.base());
                browser.screenshot("two-instances-signed-in-on-b");

                browser.driver().findElement(By.id("sign-out")).click();
                browser.waiting().until(d -> d.getCurrentUrl().contains("/login"));
                browser.driver().get(a.base() + "/search");
                browser.waiting().until(d -> d.getCurrentUrl().startsWith(a.base() + "/login"));

                for (int attempt = 0; attempt < 3; attempt++) {
                    browser.signInExpectingFailure(a.base(), "twin.locked", "not the password");
                }
                assertThat(browser.signInExpectingFailure(b.base(), "twin.locked", locked)).contains("locked");
            }
        }
        Commands.Run verify = withDatabase(database, () -> Commands.run("audit-verify"));
        assertThat(verify.output()).contains("The audit trail is intact");
        assertThat(verify.exitCode()).isZero();
    }

    /** Creates the account as an operator does, and answers its one-time password. */
    private static String oneTimePassword(TestPostgres.Database database, String user) {
        Commands.Run run = withDatabase(database, () -> Commands.run("account", "--user", user, "--create", "--role",
                "analyst", "--force", "kent"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output().replaceAll("(?s).*first sign-in\\): (\\S+).*", "$1").strip();
    }

    private static <T> T withDatabase(TestPostgres.Database database, Supplier<T> work) {
        System.setProperty("spring.datasource.url", database.url());
        System.setProperty("spring.flyway.schemas", database.schema());
        try {
            return work.get();
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("spring.flyway.schemas");
        }
    }
}
