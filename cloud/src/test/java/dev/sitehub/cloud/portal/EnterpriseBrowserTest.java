package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.InquiryRequest;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.StaffService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An enterprise admin runs the workspace in a real browser: from the nav link to the workspace, a
 * refused and then a saved profile edit, a staff invitation, and a reply to a customer's inquiry;
 * then the workspace pages at 375 px without horizontal overflow. Screenshots in
 * target/portal-screenshots/enterprise-*.png.
 */
@QuarkusTest
class EnterpriseBrowserTest {
  private static Browser browser;

  @Inject BusinessFixtures business;
  @Inject TestUsers users;
  @Inject ConsultationService consultation;
  @Inject EnterpriseService enterprises;
  @Inject StaffService staff;

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

  private static void retype(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void admin_editsProfileInvitesAndReplies_noOverflowAt375() {
    BrowserSteps steps = new BrowserSteps(browser, base);
    Company c =
        business.company(
            EnterpriseType.DECORATION_COMPANY,
            "<script>x</script> 匠心装饰",
            business.uniqueCity(),
            "",
            List.of("厨房"),
            3,
            true,
            Role.PROJECT_MANAGER);
    UserAccount customer = users.user(Role.HOMEOWNER);
    String inquiryId =
        consultation
            .ask(new InquiryRequest("厨房翻新报价", "八平米厨房大概多少钱？", List.of(c.id())), customer.userId())
            .get(0)
            .inquiryId();
    UserAccount newcomer = users.user(Role.HOMEOWNER);

    browser.driver.get(steps.url("/portal/login"));
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    steps.signIn(c.admin(), "enterprise-1");
    browser.driver.findElement(By.id("nav-enterprise")).click();
    waitFor(By.id("profile-form"));
    assertThat(browser.driver.findElement(By.id("workspace-name")).getText())
        .isEqualTo("<script>x</script> 匠心装饰");
    browser.shot("enterprise-2-workspace");

    // A bad edit is refused next to the field, in Chinese; the stored profile stays.
    retype(browser.driver.findElement(By.id("pf-city")), " ");
    browser.driver.findElement(By.id("save-profile")).click();
    waitFor(By.id("pf-city-error"));
    assertThat(browser.driver.findElement(By.id("pf-city-error")).getText()).startsWith("请填写城市");
    browser.shot("enterprise-3-profile-error");

    retype(browser.driver.findElement(By.id("pf-city")), "杭州");
    retype(browser.driver.findElement(By.id("pf-specialties")), "厨房，卫生间");
    retype(browser.driver.findElement(By.id("pf-description")), "十年老店，专注厨卫。");
    browser.driver.findElement(By.id("save-profile")).click();
    waitFor(By.id("notice"));
    assertThat(browser.driver.findElement(By.id("profile-city")).getText()).isEqualTo("杭州");
    assertThat(enterprises.get(c.id()).specialties()).containsExactly("厨房", "卫生间");
    browser.shot("enterprise-4-profile-saved");

    browser.driver.findElement(By.id("inv-username")).sendKeys(newcomer.username());
    new Select(browser.driver.findElement(By.id("inv-role"))).selectByValue("INSTALLER");
    browser.driver.findElement(By.id("invite")).click();
    By invited = By.cssSelector("li[data-user-id='" + newcomer.userId() + "']");
    waitFor(invited);
    assertThat(browser.driver.findElement(invited).getAttribute("data-state")).isEqualTo("INVITED");
    assertThat(staff.membership(newcomer.userId())).isPresent();
    browser.js("document.getElementById('staff').scrollIntoView();");
    browser.shot("enterprise-5-invited");

    browser.driver.findElement(By.id("ws-inquiries")).click();
    waitFor(By.id("open-" + inquiryId));
    browser.shot("enterprise-6-inquiries");
    browser.driver.findElement(By.id("open-" + inquiryId)).click();
    waitFor(By.id("reply-body"));
    browser.driver.findElement(By.id("reply-body")).sendKeys("约九千元，可上门量尺。");
    browser.driver.findElement(By.id("send-reply")).click();
    By reply = By.cssSelector("li[data-from='enterprise']");
    waitFor(reply);
    assertThat(browser.driver.findElement(reply).getText()).contains("约九千元，可上门量尺。");
    assertThat(browser.driver.findElement(By.id("thread-subject")).getAttribute("data-status"))
        .isEqualTo("ANSWERED");
    browser.shot("enterprise-7-replied");

    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.driver.navigate().refresh();
    waitFor(reply);
    steps.assertNoOverflow("enterprise-8-thread-narrow");
    browser.driver.get(steps.url("/portal/enterprise/" + c.id()));
    waitFor(By.id("invite-form"));
    steps.assertNoOverflow("enterprise-9-workspace-narrow");
    browser.driver.get(steps.url("/portal/enterprise/" + c.id() + "/inquiries"));
    waitFor(By.id("inquiries"));
    steps.assertNoOverflow("enterprise-10-inquiries-narrow");
    business.filedProject(customer, c);
    browser.driver.get(steps.url("/portal/enterprise/" + c.id() + "/projects"));
    waitFor(By.id("contracts"));
    steps.assertNoOverflow("enterprise-11-projects-narrow");
  }
}
