package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.UserAccount;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;

/** Steps the alert and live-view browser tests share: URLs, signing in, the overflow check. */
final class BrowserSteps {
  static final Duration WAIT = Duration.ofSeconds(40);

  private final Browser browser;
  private final URL base;

  BrowserSteps(Browser browser, URL base) {
    this.browser = browser;
    this.base = base;
  }

  String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  void signIn(UserAccount user, String shotPrefix) {
    browser.driver.get(url("/portal/login"));
    browser.driver.findElement(By.id("username")).sendKeys(user.username());
    browser.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    browser.shot(shotPrefix + "-0-sign-in");
    browser.driver.findElement(By.id("sign-in")).click();
    await().atMost(WAIT).until(() -> browser.driver.getCurrentUrl().endsWith("/portal/home"));
    await().atMost(WAIT).until(() -> !browser.driver.findElements(By.id("sign-out")).isEmpty());
  }

  void assertNoOverflow(String shot) {
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
}
