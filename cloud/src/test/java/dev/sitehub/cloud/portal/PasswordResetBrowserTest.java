package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.alerts.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The forgotten-password flow as a person meets it in Chinese, with htmx: the link on the sign-in
 * page, the request, the e-mail (real SMTP), a mistyped confirmation shown next to its field, the
 * new password, and signing in with it. Screenshots: target/portal-screenshots/password-*.png.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PasswordResetBrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(40);
  private static final Pattern TOKEN = Pattern.compile("reset\\?token=([A-Za-z0-9_-]{43})");
  private static Browser browser;

  @GreenMailResource.InjectGreenMail GreenMail greenMail;
  @Inject AccountService accounts;

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
  void forgotPassword_linkByMail_newPassword_signsIn() throws Exception {
    String email = "br-" + UUID.randomUUID().toString().substring(0, 10) + "@example.test";
    accounts.register(email, null, "old-password-1", Set.of(Role.HOMEOWNER), email, null);

    browser.driver.get(url("/portal/login"));
    browser.driver.findElement(By.id("forgot-password")).click();
    awaitElement("forgot-form");
    browser.driver.findElement(By.id("account")).sendKeys(email);
    browser.shot("password-1-forgot");
    browser.driver.findElement(By.id("send-link")).click();
    awaitElement("reset-sent");
    assertThat(browser.driver.findElement(By.id("reset-sent")).getText()).contains("30 分钟内有效");
    browser.shot("password-2-sent");

    browser.driver.get(url("/portal/password/reset?token=" + mailedToken(email)));
    awaitElement("reset-form");
    browser.driver.findElement(By.id("password")).sendKeys("new-password-9");
    browser.driver.findElement(By.id("confirm")).sendKeys("new-password-8");
    browser.driver.findElement(By.id("set-password")).click();
    awaitElement("confirm-error");
    assertThat(browser.driver.findElement(By.id("confirm-error")).getText())
        .isEqualTo("两次输入的新密码不一致。");
    browser.shot("password-3-mismatch");
    browser.driver.findElement(By.id("password")).sendKeys("new-password-9");
    browser.driver.findElement(By.id("confirm")).sendKeys("new-password-9");
    browser.driver.findElement(By.id("set-password")).click();
    awaitElement("password-reset");
    browser.shot("password-4-done");

    browser.driver.findElement(By.id("go-sign-in")).click();
    awaitElement("login-form");
    browser.driver.findElement(By.id("username")).sendKeys(email);
    browser.driver.findElement(By.id("password")).sendKeys("new-password-9");
    browser.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/home"));
    awaitElement("nav-password");
  }

  private String mailedToken(String address) throws Exception {
    await().atMost(WAIT).until(() -> mailTo(address) != null);
    Matcher m = TOKEN.matcher(mailTo(address).getContent().toString());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private MimeMessage mailTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            msg -> {
              try {
                return Arrays.stream(msg.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .findFirst()
        .orElse(null);
  }

  private void awaitElement(String id) {
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id(id)).isEmpty());
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }
}
