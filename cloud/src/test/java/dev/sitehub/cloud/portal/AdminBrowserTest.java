package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;

/**
 * The public and operator pages in headless Chromium: registration, sign-in and sign-out with
 * JavaScript switched off (plain forms carry the CSRF token), the operator's verifier showing an
 * intact chain, and every one of these pages at 375 px without horizontal overflow. Screenshots go
 * to target/portal-screenshots/admin-*.png.
 */
@QuarkusTest
class AdminBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static Browser plain;
  private static Browser browser;

  @Inject TestUsers users;
  @Inject OperatorFixtures fixtures;
  @Inject BusinessFixtures business;

  @TestHTTPResource("/")
  URL base;

  @BeforeAll
  static void startBrowsers() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
    plain = Browser.withoutJavaScript();
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowsers() {
    if (plain != null) {
      plain.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshSessions() {
    for (Browser b : List.of(plain, browser)) {
      b.driver.get(url("/portal/login"));
      b.driver.manage().deleteAllCookies();
      b.driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void registerSignInSignOut_withoutJavaScript_works() {
    String email = "b" + UUID.randomUUID().toString().substring(0, 10) + "@example.com";
    plain.driver.get(url("/portal/login"));
    assertThat(pageScripts()).as("htmx never loaded: page scripts are off").isEqualTo("undefined");
    plain.driver.findElement(By.cssSelector("a[href='/portal/register']")).click();
    plain.driver.findElement(By.id("contact")).sendKeys("not-a-contact");
    plain.driver.findElement(By.id("new-password")).sendKeys("long-enough-1");
    plain.driver.findElement(By.id("register")).click();
    awaitElement("contact-error");
    assertThat(plain.driver.findElement(By.id("contact-error")).getText()).contains("请输入电子邮箱");
    plain.shot("admin-register-1-error-next-to-field");
    plain.driver.findElement(By.id("contact")).clear();
    plain.driver.findElement(By.id("contact")).sendKeys(email);
    plain.driver.findElement(By.id("new-password")).sendKeys("long-enough-1");
    plain.driver.findElement(By.id("display-name")).sendKeys("Browser Wang");
    plain.shot("admin-register-2-filled");
    plain.driver.findElement(By.id("register")).click();
    awaitElement("registered");
    assertThat(plain.driver.findElement(By.id("registered")).getText()).contains(email);
    plain.shot("admin-register-3-registered");
    plain.driver.findElement(By.id("go-sign-in")).click();
    awaitElement("login-form");
    plain.driver.findElement(By.id("username")).sendKeys(email);
    plain.driver.findElement(By.id("password")).sendKeys("long-enough-1");
    plain.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> plain.driver.getCurrentUrl().endsWith("/portal/home"));
    awaitElement("sign-out");
    assertThat(plain.driver.findElement(By.cssSelector(".who")).getText()).contains(email);
    plain.shot("admin-register-4-signed-in");
    plain.driver.findElement(By.id("sign-out")).click();
    await().atMost(WAIT).until(() -> plain.driver.getCurrentUrl().endsWith("/portal/login"));
    awaitElement("login-form");
    assertThat(plain.driver.findElements(By.id("sign-out"))).isEmpty();
    plain.shot("admin-register-5-signed-out");
    plain.driver.get(url("/portal/home"));
    awaitElement("login-form");
    assertThat(plain.driver.findElements(By.id("sign-out"))).isEmpty();
    plain.shot("admin-register-6-home-needs-sign-in");
  }

  @Test
  void operator_verifierPage_showsIntactChain() {
    Site s = fixtures.readyWithPendingCriterion();
    signIn(browser, users.user(Role.OPERATOR));
    browser.driver.get(url("/portal/operator/evidence"));
    browser.shot("admin-verifier-1-empty");
    browser.driver.findElement(By.id("project-id")).sendKeys(s.projectId());
    browser.driver.findElement(By.id("verify")).click();
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("chain-result")).isEmpty());
    assertThat(browser.driver.findElement(By.id("chain-result")).getAttribute("data-intact"))
        .isEqualTo("true");
    assertThat(browser.driver.findElement(By.cssSelector("#chain-result h2")).getText())
        .matches("完好：已校验 [1-9]\\d* 个环节。");
    browser.shot("admin-verifier-2-intact");
  }

  @Test
  void publicAndOperatorPages_at375px_noHorizontalOverflow() {
    String city = business.uniqueCity();
    var company =
        business.company(
            EnterpriseType.DECORATION_COMPANY,
            "上海某某装饰工程有限公司" + UUID.randomUUID(),
            city,
            "徐汇区",
            List.of("水电", "tiling"),
            4,
            true,
            Role.PROJECT_MANAGER);
    business.company(EnterpriseType.DESIGN_COMPANY, city, false);
    fixtures.disputed("墙面开裂，要求返工 " + "长".repeat(80));
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    assertNoOverflow("/portal/enterprises?city=" + city, "admin-narrow-1-library");
    assertNoOverflow("/portal/enterprises/" + company.id(), "admin-narrow-2-profile");
    assertNoOverflow("/portal/register", "admin-narrow-3-register");
    signIn(browser, users.user(Role.OPERATOR));
    assertNoOverflow("/portal/operator/verification", "admin-narrow-4-verification");
    assertNoOverflow("/portal/operator/disputes", "admin-narrow-5-disputes");
    assertNoOverflow("/portal/operator/overrides", "admin-narrow-6-overrides");
    assertNoOverflow("/portal/operator/evidence?projectId=prj-none", "admin-narrow-7-evidence");
  }

  private static void awaitElement(String id) {
    await().atMost(WAIT).until(() -> !plain.driver.findElements(By.id(id)).isEmpty());
  }

  /** What the page's own scripts left behind; webdriver may refuse to run scripts at all. */
  private static Object pageScripts() {
    try {
      return plain.js("return typeof window.htmx;");
    } catch (WebDriverException e) {
      return "undefined";
    }
  }

  private void assertNoOverflow(String path, String shot) {
    browser.driver.get(url(path));
    browser.shot(shot);
    List<?> widths =
        (List<?>)
            browser.js(
                "return [document.documentElement.scrollWidth,"
                    + " document.documentElement.clientWidth];");
    assertThat(((Number) widths.get(0)).longValue())
        .as(shot + " scrollWidth vs clientWidth")
        .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
  }

  private void signIn(Browser b, UserAccount user) {
    b.driver.get(url("/portal/login"));
    b.driver.findElement(By.id("username")).sendKeys(user.username());
    b.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    b.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> b.driver.getCurrentUrl().endsWith("/portal/home"));
  }

  private String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }
}
