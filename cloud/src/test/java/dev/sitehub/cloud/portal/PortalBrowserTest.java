package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The portal in a real browser against the real stack (PostgreSQL, embedded HiveMQ with the SiteHub
 * extension, the edge agent simulator): sign-in, charts of simulated readings, provisioning a box
 * by claim code, the language switch, the 403 page and the 375 px layout. Screenshots of each step
 * go to target/portal-screenshots/.
 */
@QuarkusTest
class PortalBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static Browser browser;

  @Inject TestUsers users;
  @Inject DeviceService devices;
  @Inject TelemetryQueries telemetry;

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

  @BeforeEach
  void freshSession() {
    browser.driver.get(url("/portal/login"));
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void homeowner_signsIn_sitePageChartShowsSimulatedReadings() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    try (SimulatedSite sim = simulate(site)) {
      awaitReadings(site);
      signIn(owner, "homeowner");
      browser
          .driver
          .findElement(By.cssSelector("li.site[data-site-id='" + site.siteId() + "'] h2 a"))
          .click();
      await()
          .atMost(WAIT)
          .until(() -> browser.driver.getCurrentUrl().endsWith("/portal/sites/" + site.siteId()));
      assertThat(browser.driver.findElement(By.id("site-name")).getText()).isEqualTo(site.name());
      assertThat(browser.driver.findElements(By.cssSelector("#latest tr[data-kind='temperature']")))
          .isNotEmpty();
      WebElement chart =
          browser.driver.findElement(By.cssSelector("figure.chart[data-kind='temperature']"));
      await().atMost(WAIT).until(() -> "ready".equals(chart.getAttribute("data-state")));
      assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isGreaterThan(3);
      assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
      browser.js("arguments[0].scrollIntoView();", chart);
      browser.shot("homeowner-1-site-page-chart");

      // Range picking: one hour comes back as server-side buckets, still drawn.
      browser.driver.findElement(By.cssSelector("#range [data-range='1h']")).click();
      await()
          .atMost(WAIT)
          .until(
              () ->
                  "true"
                          .equals(
                              browser
                                  .driver
                                  .findElement(By.cssSelector("#range [data-range='1h']"))
                                  .getAttribute("aria-pressed"))
                      && "ready".equals(chart.getAttribute("data-state")));
      assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isGreaterThan(0);
      browser.shot("homeowner-2-site-page-1h");
    }
  }

  @Test
  void installer_provisionsBoxByClaimCode_agentComesOnlineOnDevicePage() throws Exception {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    signIn(installer, "installer");
    browser
        .driver
        .findElement(By.cssSelector("a[href='/portal/sites/" + site.siteId() + "/devices']"))
        .click();
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("create-claim")).isEmpty());
    assertThat(browser.driver.findElements(By.id("no-devices"))).isNotEmpty();
    browser.driver.findElement(By.id("create-claim")).click();
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("claim-code")).isEmpty());
    String code = browser.driver.findElement(By.id("claim-code")).getText();
    assertThat(code).matches("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}");
    Object qrWidth = browser.js("return document.getElementById('claim-qr').naturalWidth;");
    assertThat(((Number) qrWidth).intValue()).isGreaterThan(100);
    browser.shot("installer-1-claim-code");

    SimulatedSite sim =
        SimulatedSite.start(
            SimulationOptions.withClaimCode(
                    "127.0.0.1", brokerPort, code, Files.createTempDirectory("portal-prov-"))
                .withCameras(1)
                .withIntervals(
                    Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    try {
      String online = "li.device[data-device-id='" + sim.deviceId() + "'][data-online='true']";
      await()
          .atMost(WAIT)
          .until(() -> !browser.driver.findElements(By.cssSelector(online)).isEmpty());
      await()
          .atMost(WAIT)
          .until(
              () ->
                  !browser
                      .driver
                      .findElement(By.cssSelector(online + " [data-outbox]"))
                      .getText()
                      .equals("—"));
      assertThat(browser.driver.findElement(By.cssSelector(online + " [data-status]")).getText())
          .isEqualTo("在线");
      // Keyboard focus on a device's button survives the polling refresh.
      WebElement revoke = browser.driver.findElement(By.cssSelector(online + " .actions button"));
      browser.js("arguments[0].focus();", revoke);
      await()
          .pollDelay(Duration.ofSeconds(4))
          .atMost(WAIT)
          .until(
              () ->
                  (Boolean) browser.js("return document.activeElement === arguments[0];", revoke));
      browser.shot("installer-2-device-online");
    } finally {
      sim.close();
    }
  }

  @Test
  void languageSwitch_toEnglishAndBackToChinese() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    users.siteWith(owner);
    signIn(owner, "language");
    assertThat(lang()).isEqualTo("zh-CN");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("我的项目");
    browser.driver.findElement(By.id("lang-switch")).click();
    await().atMost(WAIT).until(() -> "en".equals(lang()));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My projects");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/portal/home");
    browser.shot("language-1-english");
    browser.driver.navigate().refresh();
    assertThat(lang()).as("remembered across reloads").isEqualTo("en");
    browser.driver.findElement(By.id("lang-switch")).click();
    await().atMost(WAIT).until(() -> "zh-CN".equals(lang()));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("我的项目");
    browser.shot("language-2-chinese");
  }

  @Test
  void homeowner_opensOtherHomeownersSite_sees403Page() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    UserAccount other = users.user(Role.HOMEOWNER);
    users.siteWith(other);
    signIn(other, "forbidden");
    browser.driver.get(url("/portal/sites/" + site.siteId()));
    WebElement h1 = browser.driver.findElement(By.cssSelector("#forbidden h1"));
    assertThat(h1.getText()).startsWith("403");
    assertThat(browser.driver.getPageSource()).doesNotContain(site.name() + "</h1>");
    browser.shot("forbidden-1-other-homeowners-site");
  }

  @Test
  void mainPages_at375px_noHorizontalOverflow() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(owner, installer);
    try (SimulatedSite sim = simulate(site)) {
      awaitReadings(site);
      browser.driver.manage().window().setSize(new Dimension(375, 812));
      browser.driver.get(url("/portal/login"));
      assertThat(((Number) browser.js("return window.innerWidth;")).intValue()).isEqualTo(375);
      assertNoOverflow("narrow-1-login");
      signIn(installer, "narrow");
      assertNoOverflow("narrow-2-home");
      browser.driver.get(url("/portal/sites/" + site.siteId()));
      WebElement chart =
          browser.driver.findElement(By.cssSelector("figure.chart[data-kind='temperature']"));
      await().atMost(WAIT).until(() -> "ready".equals(chart.getAttribute("data-state")));
      assertNoOverflow("narrow-3-site");
      browser.driver.get(url("/portal/sites/" + site.siteId() + "/devices"));
      browser.driver.findElement(By.id("create-claim")).click();
      await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("claim-code")).isEmpty());
      await()
          .atMost(WAIT)
          .until(() -> !browser.driver.findElements(By.cssSelector("li.device")).isEmpty());
      assertNoOverflow("narrow-4-devices");
      browser.driver.get(url("/portal/sites/" + site.siteId() + "/alerts"));
      assertNoOverflow("narrow-4a-site-alerts");
      browser.driver.get(url("/portal/sites/" + site.siteId() + "/live"));
      assertNoOverflow("narrow-4b-live");
      browser.driver.get(url("/portal/sites/site-not-mine-" + sim.deviceId()));
      assertNoOverflow("narrow-5-forbidden");
    }
  }

  private void assertNoOverflow(String shot) {
    browser.shot(shot);
    List<?> widths =
        (List<?>)
            browser.js(
                "return [document.documentElement.scrollWidth,"
                    + " document.documentElement.clientWidth];");
    long scroll = ((Number) widths.get(0)).longValue();
    long client = ((Number) widths.get(1)).longValue();
    assertThat(scroll).as(shot + " scrollWidth vs clientWidth").isLessThanOrEqualTo(client);
  }

  private void signIn(UserAccount user, String shotPrefix) {
    browser.driver.get(url("/portal/login"));
    browser.driver.findElement(By.id("username")).sendKeys(user.username());
    browser.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    browser.shot(shotPrefix + "-0-sign-in");
    browser.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/home"));
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("sign-out")).isEmpty());
  }

  private SimulatedSite simulate(Site site) throws Exception {
    String code = devices.createClaim(site.siteId(), null).code();
    return SimulatedSite.start(
        SimulationOptions.withClaimCode(
                "127.0.0.1", brokerPort, code, Files.createTempDirectory("portal-sim-"))
            .withCameras(0)
            .withIntervals(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1)));
  }

  private void awaitReadings(Site site) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                telemetry.latest(site.siteId()).stream()
                    .anyMatch(r -> r.kind().equals("temperature")));
    // A handful of points, so the chart has a line rather than a dot.
    await()
        .atMost(WAIT)
        .until(
            () ->
                telemetry
                        .raw(
                            site.siteId(),
                            telemetry.latest(site.siteId()).stream()
                                .filter(r -> r.kind().equals("temperature"))
                                .findFirst()
                                .orElseThrow()
                                .sensorId(),
                            "temperature",
                            java.time.Instant.now().minus(Duration.ofMinutes(10)),
                            java.time.Instant.now().plus(Duration.ofMinutes(1)),
                            100)
                        .size()
                    > 5);
  }

  private String lang() {
    return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  private String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }
}
