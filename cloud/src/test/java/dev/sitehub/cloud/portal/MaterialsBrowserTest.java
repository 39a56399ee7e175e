package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The customer accepts a material delivery in a real browser: from the timeline to the materials
 * page, the accept button, and the decision shown with the site-camera still loaded; then the page
 * at 375 px without horizontal overflow, for the customer and for the budgeter's forms. Screenshots
 * in target/portal-screenshots/materials-*.png.
 */
@QuarkusTest
class MaterialsBrowserTest {
  private static Browser browser;

  @Inject MaterialsJourney journey;

  @TestHTTPResource("/")
  URL base;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void customer_acceptsDeliveryFromTimeline_stillShown_noOverflowAt375() {
    BrowserSteps steps = new BrowserSteps(browser, base);
    Site s = journey.project();
    String order = journey.delivered(s);
    browser.driver.get(steps.url("/portal/login"));
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    steps.signIn(s.customer(), "materials-1");

    browser.driver.get(steps.url("/portal/projects/" + s.projectId()));
    browser.driver.findElement(By.id("open-materials")).click();
    await()
        .atMost(BrowserSteps.WAIT)
        .until(() -> !browser.driver.findElements(By.id("accept-" + order)).isEmpty());
    assertThat(browser.driver.findElement(By.id("materials-title")).getText()).isEqualTo("材料");
    browser.shot("materials-2-delivered");

    browser.driver.findElement(By.id("reason-" + order)).sendKeys("数量齐全，无破损");
    browser.driver.findElement(By.id("accept-" + order)).click();
    browser.driver.switchTo().alert().accept();
    await()
        .atMost(BrowserSteps.WAIT)
        .ignoreExceptions()
        .until(
            () ->
                "ACCEPTED"
                    .equals(
                        browser
                            .driver
                            .findElement(By.id("decision-" + order))
                            .getAttribute("data-decision")));
    assertThat(browser.driver.findElements(By.id("accept-" + order))).isEmpty();
    await()
        .atMost(BrowserSteps.WAIT)
        .until(
            () ->
                ((Number)
                            browser.js(
                                "var i = document.getElementById('still-"
                                    + order
                                    + "'); return i && i.complete ? i.naturalWidth : 0;"))
                        .longValue()
                    > 0);
    browser.js("document.getElementById('decision-" + order + "').scrollIntoView();");
    browser.shot("materials-3-accepted");

    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.driver.navigate().refresh();
    await()
        .atMost(BrowserSteps.WAIT)
        .until(() -> !browser.driver.findElements(By.id("decision-" + order)).isEmpty());
    steps.assertNoOverflow("materials-4-narrow");

    // The budgeter's view carries the line form and the bill: also no overflow at 375 px.
    browser.driver.manage().deleteAllCookies();
    steps.signIn(s.budgeter(), "materials-5");
    browser.driver.get(steps.url(MaterialsJourney.page(s)));
    await()
        .atMost(BrowserSteps.WAIT)
        .until(() -> !browser.driver.findElements(By.id("line-form")).isEmpty());
    steps.assertNoOverflow("materials-6-budgeter-narrow");
  }
}
