package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.BrowserSteps.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.AlertStatus;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.notifications.SocketRegistry;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 10, browser test 3: a leak at a real simulated site makes an alert appear in the
 * supervisor's open inbox without a reload (over the alert socket), and the supervisor acknowledges
 * it with a comment. Screenshots in target/portal-screenshots/inbox-*.png.
 */
@QuarkusTest
class AlertInboxBrowserTest {
  private static Browser browser;

  @Inject TestUsers users;
  @Inject DeviceService devices;
  @Inject SocketRegistry sockets;
  @Inject AlertStore store;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int brokerPort;

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
  void simulatedLeak_appearsInSupervisorInboxWithoutReload_supervisorAcknowledgesWithComment()
      throws Exception {
    BrowserSteps steps = new BrowserSteps(browser, base);
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    String code = devices.createClaim(site.siteId(), null).code();
    try (SimulatedSite sim =
        SimulatedSite.start(
            SimulationOptions.withClaimCode(
                    "127.0.0.1", brokerPort, code, Files.createTempDirectory("portal-inbox-"))
                .withCameras(0)
                .withIntervals(
                    Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
      browser.driver.manage().deleteAllCookies();
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
      steps.signIn(supervisor, "inbox");
      browser.driver.findElement(By.id("nav-alerts")).click();
      await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/alerts"));
      // Survives only as long as the page is not reloaded.
      browser.js("window.sitehubSamePage = 'yes';");
      await().atMost(WAIT).until(() -> "on".equals(liveStatus().getAttribute("data-state")));
      await().atMost(WAIT).until(() -> sockets.connected(supervisor.userId()));
      String leakCard = "li.alert[data-site-id='" + site.siteId() + "'][data-type='leak']";
      assertThat(browser.driver.findElements(By.cssSelector(leakCard))).isEmpty();
      browser.shot("inbox-1-open-inbox-before-leak");

      sim.leak(true);
      await()
          .atMost(WAIT)
          .until(() -> !browser.driver.findElements(By.cssSelector(leakCard)).isEmpty());
      // The list may be swapped again by later pushes, so every read finds the card afresh.
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                WebElement card = browser.driver.findElement(By.cssSelector(leakCard));
                assertThat(card.getAttribute("data-status")).isEqualTo("OPEN");
                assertThat(card.findElement(By.cssSelector(".state")).getText()).isEqualTo("未处理");
                assertThat(card.findElement(By.cssSelector(".sev")).getText()).isEqualTo("紧急");
              });
      assertThat(browser.js("return window.sitehubSamePage;")).as("no reload").isEqualTo("yes");
      browser.shot("inbox-2-leak-appeared-live");

      String ackForm = leakCard + " form[data-action='acknowledge']";
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .until(
              () -> {
                WebElement step =
                    browser.driver.findElement(By.cssSelector(leakCard + " details.step"));
                if (step.getAttribute("open") == null) {
                  step.findElement(By.tagName("summary")).click();
                }
                return browser
                    .driver
                    .findElement(By.cssSelector(ackForm + " textarea"))
                    .isDisplayed();
              });
      // An open form holds back list refreshes, so these elements stay put while the user types.
      browser.driver.findElement(By.cssSelector(ackForm + " textarea")).sendKeys("已通知业主，马上到场 <查看>");
      browser.shot("inbox-3-acknowledge-form");
      browser.driver.findElement(By.cssSelector(ackForm + " button[type='submit']")).click();
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                WebElement acked = browser.driver.findElement(By.cssSelector(leakCard));
                assertThat(acked.getAttribute("data-status")).isEqualTo("ACKNOWLEDGED");
                assertThat(acked.findElement(By.cssSelector(".state")).getText()).isEqualTo("已确认");
                assertThat(acked.findElement(By.cssSelector("[data-ack-comment]")).getText())
                    .isEqualTo("已通知业主，马上到场 <查看>");
                assertThat(acked.findElement(By.cssSelector("[data-ack]")).getText())
                    .startsWith(supervisor.username() + " 于");
              });
      assertThat(browser.js("return window.sitehubSamePage;")).as("no reload").isEqualTo("yes");
      long id =
          Long.parseLong(
              browser.driver.findElement(By.cssSelector(leakCard)).getAttribute("data-alert-id"));
      assertThat(store.find(site.siteId(), id).orElseThrow().status())
          .isEqualTo(AlertStatus.ACKNOWLEDGED);
      browser.shot("inbox-4-acknowledged");

      browser.driver.manage().window().setSize(new Dimension(375, 812));
      browser.driver.navigate().refresh();
      browser.driver.findElement(By.cssSelector(leakCard + " details.step summary")).click();
      steps.assertNoOverflow("inbox-5-narrow-375");
      browser.driver.get(steps.url("/portal/sites/" + site.siteId() + "/alerts"));
      assertThat(browser.driver.findElements(By.cssSelector(leakCard))).hasSize(1);
      steps.assertNoOverflow("inbox-6-site-alerts-narrow-375");
    }
  }

  private WebElement liveStatus() {
    return browser.driver.findElement(By.id("alert-live"));
  }
}
