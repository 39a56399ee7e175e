package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.UserAccount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The acceptance sign-off in a real browser against the real stack (PostgreSQL, a contract filed
 * through the API, a closed-water test judged on telemetry written through the real writer): the
 * supervisor signs, the homeowner signs and releases the stage payment, and the timeline shows it
 * released; plus the project pages at 375 px. Screenshots go to target/portal-screenshots/.
 */
@QuarkusTest
class ProjectBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static Browser browser;

  @Inject ProjectJourney journey;

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
  void homeowner_signsAcceptanceAfterSupervisor_paymentShowsReleased() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    String acceptance = "/portal/projects/" + s.projectId() + "/stages/1/acceptance";

    // The supervisor signs first, from the acceptance page.
    signIn(s.supervisor(), "signoff-1-supervisor");
    browser.driver.get(url(acceptance));
    assertThat(browser.driver.findElement(By.id("record-state")).getText()).isEqualTo("待监理签字");
    assertThat(browser.driver.findElements(By.cssSelector("li[data-verdict='PASS']"))).isNotEmpty();
    browser.shot("signoff-2-supervisor-evidence");
    browser.driver.findElement(By.id("sign-acceptance")).click();
    browser.driver.switchTo().alert().accept();
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(() -> "AWAITING_CUSTOMER".equals(panel().getAttribute("data-state")));
    assertThat(browser.driver.findElement(By.id("signed-supervisor")).getText())
        .matches("\\d{4}-\\d{2}-\\d{2} .*");
    assertThat(browser.driver.findElements(By.id("release-payment"))).isEmpty();
    browser.shot("signoff-3-supervisor-signed");
    signOut();

    // The homeowner finds the project, opens the acceptance, signs, and releases the payment.
    signIn(s.customer(), "signoff-4-homeowner");
    browser.driver.get(url("/portal/projects"));
    browser
        .driver
        .findElement(By.cssSelector("li.project[data-project-id='" + s.projectId() + "'] h2 a"))
        .click();
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("stage-1")).isEmpty());
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#stage-payments tr[data-seq='1']"))
                .getAttribute("data-released"))
        .isEqualTo("false");
    browser.shot("signoff-5-homeowner-timeline");
    browser.driver.findElement(By.id("open-acceptance-1")).click();
    await()
        .atMost(WAIT)
        .until(() -> !browser.driver.findElements(By.id("sign-acceptance")).isEmpty());
    browser.shot("signoff-6-homeowner-acceptance");
    browser.driver.findElement(By.id("sign-acceptance")).click();
    browser.driver.switchTo().alert().accept();
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(() -> "SIGNED".equals(panel().getAttribute("data-state")));
    assertThat(browser.driver.findElement(By.id("record-state")).getText()).isEqualTo("双方已签字");
    browser.shot("signoff-7-homeowner-signed");
    browser.driver.findElement(By.id("release-payment")).click();
    browser.driver.switchTo().alert().accept();
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(() -> "true".equals(panel().getAttribute("data-released")));
    assertThat(browser.driver.findElement(By.id("payment-released")).getText()).isEqualTo("款项已放出");
    browser.shot("signoff-8-payment-released");

    browser.driver.findElement(By.id("back-to-project")).click();
    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .until(
            () ->
                "true"
                    .equals(
                        browser
                            .driver
                            .findElement(By.cssSelector("#stage-payments tr[data-seq='1']"))
                            .getAttribute("data-released")));
    assertThat(browser.driver.findElement(By.cssSelector("#stage-1")).getAttribute("data-state"))
        .isEqualTo("ACCEPTED");
    assertThat(
            browser.driver.findElements(
                By.cssSelector("#transactions tr[data-kind='STAGE_RELEASE']")))
        .hasSize(1);
    browser.js("document.getElementById('payments').scrollIntoView();");
    browser.shot("signoff-9-timeline-released");
  }

  @Test
  void projectPages_at375px_noHorizontalOverflow() throws Exception {
    Site s = journey.awaitingSignatures("a long note without spaces: " + "x".repeat(120));
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    signIn(s.customer(), "narrow-project");
    browser.driver.get(url("/portal/projects"));
    assertNoOverflow("narrow-project-1-list");
    browser.driver.get(url("/portal/projects/" + s.projectId()));
    assertThat(browser.driver.findElements(By.id("deposit-amount"))).hasSize(1);
    assertNoOverflow("narrow-project-2-timeline");
    browser.driver.get(url("/portal/projects/" + s.projectId() + "/stages/1/acceptance"));
    assertNoOverflow("narrow-project-3-acceptance");
    browser.driver.get(url("/portal/projects/" + s.projectId() + "/messages"));
    assertNoOverflow("narrow-project-4-messages");
  }

  private WebElement panel() {
    return browser.driver.findElement(By.id("signoff"));
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

  private void signIn(UserAccount user, String shot) {
    browser.driver.get(url("/portal/login"));
    browser.driver.findElement(By.id("username")).sendKeys(user.username());
    browser.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    browser.shot(shot + "-sign-in");
    browser.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/home"));
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("sign-out")).isEmpty());
  }

  private void signOut() {
    browser.driver.findElement(By.id("sign-out")).click();
    await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/login"));
  }

  private String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }
}
