package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.ProjectJourney.as;
import static dev.sitehub.cloud.portal.ProjectJourney.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The rectification loop in a real browser against the real stack: the supervisor records a failed
 * item with a photo (shown on the stage page), the project manager marks it fixed with a photo of
 * the work (shown on the task), the supervisor closes it; plus the stage and rectification pages at
 * 375 px. Screenshots go to target/portal-screenshots/.
 */
@QuarkusTest
class InspectionBrowserTest {
  private static Browser browser;

  @Inject ProjectJourney journey;

  @TestHTTPResource("/")
  URL base;

  private BrowserSteps steps;

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
    steps = new BrowserSteps(browser, base);
    browser.driver.get(steps.url("/portal/login"));
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private Site ready() {
    Site s = journey.funded();
    as(s.pmToken()).post(base(s) + "/milestones/1/start").then().statusCode(200);
    as(s.pmToken()).post(base(s) + "/milestones/1/ready").then().statusCode(200);
    return s;
  }

  @Test
  void supervisorFailsItem_pmMarksFixed_supervisorCloses() throws Exception {
    Site s = ready();
    Path photo = Files.createTempFile("gauge", ".png");
    Files.write(photo, InspectionPageTest.PNG);
    String first = InspectionPageTest.CODES.get(0);

    steps.signIn(s.supervisor(), "rect-1-supervisor");
    browser.driver.get(steps.url("/portal/projects/" + s.projectId()));
    browser.driver.findElement(By.id("open-stage-1")).click();
    await().atMost(BrowserSteps.WAIT).until(() -> !find("submit-inspection").isEmpty());
    browser.driver.findElement(By.id("result-" + first + "-fail")).click();
    browser.driver.findElement(By.id("note-" + first)).sendKeys("压力下降 0.1 MPa");
    browser.driver.findElement(By.id("photo-" + first)).sendKeys(photo.toString());
    for (String code : InspectionPageTest.CODES.subList(1, InspectionPageTest.CODES.size())) {
      browser.driver.findElement(By.id("result-" + code + "-pass")).click();
    }
    browser.shot("rect-2-checklist-filled");
    browser.driver.findElement(By.id("submit-inspection")).click();
    await()
        .atMost(BrowserSteps.WAIT)
        .ignoreExceptions()
        .until(() -> "RECTIFICATION".equals(attr("stage", "data-state")));
    await()
        .atMost(BrowserSteps.WAIT)
        .ignoreExceptions()
        .until(() -> loaded("img[data-item-photo='" + first + "']"));
    browser.shot("rect-3-stage-in-rectification");
    signOut();

    steps.signIn(s.pm(), "rect-4-pm");
    browser.driver.get(steps.url(InspectionPageTest.tasks(s)));
    By task = By.cssSelector("article.task");
    assertThat(browser.driver.findElement(task).getAttribute("data-ball"))
        .isEqualTo("PROJECT_MANAGER");
    browser.driver.findElement(By.cssSelector(".fix-form textarea")).sendKeys("重新压接，保压 30 分钟");
    browser
        .driver
        .findElement(By.cssSelector(".fix-form input[type=file]"))
        .sendKeys(photo.toString());
    browser.driver.findElement(By.cssSelector(".fix-form button")).click();
    await()
        .atMost(BrowserSteps.WAIT)
        .ignoreExceptions()
        .until(() -> "FIXED".equals(browser.driver.findElement(task).getAttribute("data-state")));
    await().atMost(BrowserSteps.WAIT).ignoreExceptions().until(() -> loaded("img[data-fix-photo]"));
    assertThat(browser.driver.findElements(By.cssSelector("button[id^='close-']"))).isEmpty();
    browser.shot("rect-5-pm-marked-fixed");
    signOut();

    steps.signIn(s.supervisor(), "rect-6-supervisor");
    browser.driver.get(steps.url(InspectionPageTest.tasks(s)));
    browser.driver.findElement(By.cssSelector("button[id^='close-']")).click();
    await()
        .atMost(BrowserSteps.WAIT)
        .ignoreExceptions()
        .until(() -> "CLOSED".equals(browser.driver.findElement(task).getAttribute("data-state")));
    assertThat(browser.driver.findElement(task).getAttribute("data-ball")).isEqualTo("NOBODY");
    browser.shot("rect-7-supervisor-closed");
  }

  /** Whether the image matched by {@code css} is on the page and decoded by the browser. */
  private boolean loaded(String css) {
    Object w =
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "var i = document.querySelector(arguments[0]);"
                    + " return i && i.complete ? i.naturalWidth : 0;",
                css);
    return ((Number) w).longValue() > 0;
  }

  @Test
  void stageAndRectificationPages_at375px_noHorizontalOverflow() {
    Site s = ready();
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    steps.signIn(s.supervisor(), "narrow-stage");
    browser.driver.get(steps.url(InspectionPageTest.stage(s)));
    assertThat(find("submit-inspection")).hasSize(1);
    steps.assertNoOverflow("narrow-stage-1-checklist");
    browser.driver.get(steps.url(InspectionPageTest.tasks(s)));
    steps.assertNoOverflow("narrow-stage-2-rectifications");
    signOut();
    steps.signIn(s.pm(), "narrow-stage-pm");
    browser.driver.get(steps.url(InspectionPageTest.stage(s)));
    assertThat(find("save-plan")).hasSize(1);
    steps.assertNoOverflow("narrow-stage-3-pm-controls");
  }

  private java.util.List<org.openqa.selenium.WebElement> find(String id) {
    return browser.driver.findElements(By.id(id));
  }

  private String attr(String id, String name) {
    return browser.driver.findElement(By.id(id)).getAttribute(name);
  }

  private void signOut() {
    browser.driver.findElement(By.id("sign-out")).click();
    await()
        .atMost(BrowserSteps.WAIT)
        .until(() -> browser.driver.getCurrentUrl().endsWith("/portal/login"));
  }
}
