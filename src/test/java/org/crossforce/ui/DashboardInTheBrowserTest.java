package org.crossforce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.support.Api;
import org.crossforce.support.BrowserTest;
import org.crossforce.support.CrossforceIntegrationTest;
import org.crossforce.support.TestIndices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor on the hotspot dashboard, in a real browser, on City of London Police's published
 * crime: one force and one crime type chosen, Gi* hotspots on the map with their legend and the
 * monthly trend, a hot cell clicked for its crimes, and one of them opened.
 */
@CrossforceIntegrationTest
class DashboardInTheBrowserTest extends BrowserTest {

    private static final Path STREET = Path.of("src/test/resources/exports/police-uk/street");

    @Autowired
    ElasticsearchClient client;

    @Test
    void aSupervisorFindsTheHotspotsOfOneCrimeTypeAndTheCrimesInOne() throws IOException {
        TestIndices.deleteAll(client);
        Api api = new Api(port, context);
        Api.Response loaded = api.upload("city-of-london", Map.of(), STREET.resolve("2017-02-city-of-london-street.csv"),
                STREET.resolve("2020-04-city-of-london-street.csv"));
        assertThat(loaded.status()).isEqualTo(200);
        client.indices().refresh(r -> r.index(ReportIndices.ALIAS));

        var driver = browser.driver();
        signInAsReader("/hotspots?from=2017-01&to=2020-12&cell=100");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-count"), "Crimes"));
        choose("dashboard-forces", "City of London Police", "force=city-of-london");
        choose("dashboard-types", "Anti-social behaviour", "type=Anti-social%20behaviour");

        WebElement map = driver.findElement(By.id("dashboard-map"));
        browser.waiting().until(d -> "gi".equals(map.getDomAttribute("data-method"))
                && Integer.parseInt(map.getDomAttribute("data-hotspots")) > 0);
        assertThat(driver.findElement(By.cssSelector(".cf-map-legend")).getText())
                .contains("Getis-Ord Gi*", "Hotspot, 99 % confidence");
        assertThat(driver.getCurrentUrl()).contains("force=city-of-london", "type=Anti-social%20behaviour", "layer=gi");
        assertThat(driver.findElement(By.id("dashboard-count")).getText()).contains("Crimes, Jan 2017 – Dec 2020");
        assertThat(driver.findElements(By.cssSelector("#dashboard-time-series canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("dashboard-gaps")).getText()).contains("Jan 2017", "left blank");
        browser.screenshot("dashboard-gi");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('dashboard-time-series').scrollIntoView()");
        browser.screenshot("dashboard-charts");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('dashboard-areas').scrollIntoView()");
        browser.screenshot("dashboard-tables");

        String hottest = api.get("/api/hotspots?method=gi&cell=100&force=city-of-london&type=Anti-social%20behaviour"
                + "&from=2017-01&to=2020-12").body().get("features").get(0).get("properties").get("cell").asString();
        clickCell(map, hottest);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-drill-title"), hottest));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-drill-count"), "crime"));
        assertThat(driver.findElement(By.id("dashboard-crimes")).getText()).contains("Anti-social behaviour");
        assertThat(driver.getCurrentUrl()).contains("open=" + hottest);
        browser.screenshot("dashboard-drill-down");

        click(By.cssSelector("#dashboard-crimes a.cf-open-record"));
        browser.waiting().until(ExpectedConditions.urlContains("/documents/"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Anti-social behaviour"));
        browser.screenshot("dashboard-record");
    }

    /** Types into a multi-select combo box and clicks the item offered, as a supervisor does. */
    private void choose(String id, String item, String inAddress) {
        WebElement input = browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(item);
        WebElement offered = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .stream().filter(e -> e.getText().strip().equals(item)).findFirst().orElse(null));
        offered.click();
        input.sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.urlContains(inAddress));
    }

    private void clickCell(WebElement map, String cell) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); return arguments[0].pointOf(arguments[1]);",
                        map, cell);
        assertThat(point).as("cell " + cell + " on the map").isNotNull();
        int x = point.get(0).intValue() - map.getSize().getWidth() / 2;
        int y = point.get(1).intValue() - map.getSize().getHeight() / 2;
        new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
    }
}
