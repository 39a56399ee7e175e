package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * From choosing a company to a signed contract, in Chromium at 375 px in Chinese, through the
 * portal only: a company registers and uploads its licence, the operator verifies it, a homeowner
 * asks it from the library, and the company fills in the contract draft from the inquiry (saving
 * and signing are proven over HTTP by ContractDraftPagesTest). Screenshots in
 * target/portal-screenshots/deal-*.png.
 */
@QuarkusTest
class DealBrowserTest {
  private static Browser browser;

  @Inject BusinessFixtures business;
  @Inject TestUsers users;

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

  private void waitFor(By by) {
    await().atMost(BrowserSteps.WAIT).until(() -> !browser.driver.findElements(by).isEmpty());
  }

  private WebElement el(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private void as(BrowserSteps steps, UserAccount user, String shot) {
    browser.driver.get(steps.url("/portal/login"));
    browser.driver.manage().deleteAllCookies();
    steps.signIn(user, shot);
  }

  @Test
  void companyRegistersHomeownerAsksCompanyFillsDraft_at375zhCN() throws Exception {
    BrowserSteps steps = new BrowserSteps(browser, base);
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    UserAccount founder = users.user(Role.HOMEOWNER);
    UserAccount pm = users.user(Role.HOMEOWNER);
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount operator = users.user(Role.OPERATOR);
    String name = "匠心装饰 " + System.nanoTime();
    String city = business.uniqueCity();

    // The company registers and uploads its business licence.
    as(steps, founder, "deal-1");
    browser.driver.get(steps.url("/portal/enterprise"));
    el("register-enterprise").click();
    waitFor(By.id("register-form"));
    new Select(el("rg-type")).selectByValue("DECORATION_COMPANY");
    el("rg-name").sendKeys(name);
    el("rg-creditCode").sendKeys(business.creditCode());
    el("rg-city").sendKeys(city);
    steps.assertNoOverflow("deal-1-register");
    el("register").click();
    waitFor(By.id("licence-missing"));
    steps.assertNoOverflow("deal-1-certificates");
    String certificates = browser.driver.getCurrentUrl();
    String enterpriseId = certificates.replaceAll(".*/portal/enterprise/([^/]+)/.*", "$1");
    Path licence = Files.createTempFile("licence", ".pdf");
    Files.write(licence, BusinessFixtures.PDF);
    new Select(el("ct-kind")).selectByValue("BUSINESS_LICENCE");
    el("ct-file").sendKeys(licence.toAbsolutePath().toString());
    el("upload-certificate").click();
    waitFor(By.id("awaiting-verification"));
    // It invites its project manager, who accepts.
    browser.driver.get(steps.url("/portal/enterprise/" + enterpriseId));
    el("inv-username").sendKeys(pm.username());
    new Select(el("inv-role")).selectByValue("PROJECT_MANAGER");
    el("invite").click();
    waitFor(By.cssSelector("[data-user-id='" + pm.userId() + "']"));
    as(steps, pm, "deal-2");
    browser.driver.get(steps.url("/portal/enterprise"));
    el("accept-invitation").click();
    waitFor(By.id("workspace-name"));

    // The operator verifies it on the existing verification page.
    as(steps, operator, "deal-3");
    browser.driver.get(steps.url("/portal/operator/verification"));
    WebElement card =
        browser.driver.findElement(By.cssSelector("li[data-enterprise-id='" + enterpriseId + "']"));
    card.findElement(By.cssSelector("input[value='VERIFIED']")).click();
    card.findElement(By.cssSelector("button[type='submit']")).click();
    waitFor(By.id("decided"));

    // A homeowner finds it in the library and asks.
    as(steps, owner, "deal-4");
    browser.driver.get(steps.url("/portal/enterprises?city=" + city));
    browser
        .driver
        .findElement(By.cssSelector("a[href='/portal/enterprises/" + enterpriseId + "']"))
        .click();
    waitFor(By.id("ask-enterprise"));
    steps.assertNoOverflow("deal-4-profile");
    el("ask-enterprise").click();
    waitFor(By.id("ask-form"));
    el("ask-subject").sendKeys("厨房翻新报价");
    el("ask-body").sendKeys("8 平方米厨房翻新多少钱？");
    el("send-inquiry").click();
    waitFor(By.id("notice"));
    steps.assertNoOverflow("deal-4-thread");

    // The company opens the contract draft from the inquiry and fills it in.
    as(steps, founder, "deal-5");
    browser.driver.get(steps.url("/portal/enterprise/" + enterpriseId + "/inquiries"));
    browser.driver.findElement(By.cssSelector("[data-inquiry-id] a")).click();
    el("draft-contract").click();
    waitFor(By.id("draft-form"));
    el("df-siteName").sendKeys("幸福小区 3-201");
    el("df-siteAddress").sendKeys("杭州市西湖区文三路 1 号");
    el("df-scope").sendKeys("厨房水电与瓷砖");
    el("df-total").sendKeys("120000");
    browser.js(
        "document.getElementById('df-startDate').value='2026-12-10';"
            + "document.getElementById('df-endDate').value='2027-02-10';");
    new Select(el("df-projectManager")).selectByValue(pm.userId());
    el("df-stages").sendKeys("水电 40\n泥木 40\n油漆 15\n竣工 5");
    steps.assertNoOverflow("deal-5-draft");
    assertThat(el("df-title").getAttribute("value")).isEqualTo("厨房翻新报价");
  }
}
