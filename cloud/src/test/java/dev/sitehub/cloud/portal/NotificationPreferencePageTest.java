package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.notifications.NotificationPreference;
import dev.sitehub.cloud.notifications.NotificationPreferences;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: a person's own notification preferences in the portal, replaced through the same
 * service as {@code PUT /api/me/notification-preferences}, in Chinese and English, with the error
 * next to the field; no one but the signed-in user reaches them.
 */
@QuarkusTest
class NotificationPreferencePageTest {
  private static final String PAGE = "/portal/me/notifications";

  @Inject TestUsers users;
  @Inject NotificationPreferences preferences;

  /** Verifies that the form shows the defaults in Chinese and saving stores e-mail and severity. */
  @Test
  void save_supervisorZh_storedAndShown() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    PortalSession session = PortalSession.of(supervisor);
    String html =
        session
            .browser()
            .header("Accept-Language", "zh-CN")
            .get(PAGE)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("通知设置").contains("id=\"pref-push\" value=\"on\" checked");

    Response r =
        session
            .browser()
            .formParam("_csrf", session.csrf())
            .formParam("email", "on")
            .formParam("emailAddress", "site@example.com")
            .formParam("minSeverity", "MAJOR")
            .post(PAGE);

    assertThat(r.statusCode()).isEqualTo(303);
    NotificationPreference stored = preferences.of(supervisor.userId());
    assertThat(stored.push()).isFalse();
    assertThat(stored.email()).isTrue();
    assertThat(stored.emailAddress()).isEqualTo("site@example.com");
    assertThat(stored.minSeverity()).isEqualTo(Severity.MAJOR);
    assertThat(
            session
                .browser()
                .header("Accept-Language", "zh-CN")
                .get(PAGE + "?saved=true")
                .then()
                .extract()
                .asString())
        .contains("通知设置已保存。")
        .contains("value=\"site@example.com\"");
  }

  /** Verifies that e-mail without an address comes back next to the field in English. */
  @Test
  void save_emailWithoutAddressEn_422NextToField() {
    UserAccount homeowner = users.user(Role.HOMEOWNER);
    String html =
        PortalSession.of(homeowner)
            .htmx()
            .header("Accept-Language", "en")
            .formParam("push", "on")
            .formParam("email", "on")
            .formParam("emailAddress", "not-an-address")
            .formParam("minSeverity", "MINOR")
            .post(PAGE)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("value=\"not-an-address\"")
        .contains("id=\"pref-address-error\">Enter the e-mail address to send alerts to");
    assertThat(preferences.of(homeowner.userId()).email()).isFalse();
  }

  /** Verifies that an unknown severity comes back next to its field in Chinese. */
  @Test
  void save_badSeverityZh_422NextToField() {
    String html =
        PortalSession.of(users.user(Role.INSTALLER))
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("minSeverity", "APOCALYPSE")
            .post(PAGE)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html).contains("id=\"pref-severity-error\">请选择列表中的一个级别。<");
  }

  /** Verifies that without a session the form is refused (the sign-in page), nothing stored. */
  @Test
  void save_signedOut_401SignInPage() {
    given()
        .redirects()
        .follow(false)
        .formParam("minSeverity", "MAJOR")
        .post(PAGE)
        .then()
        .statusCode(401)
        .contentType("text/html");
  }
}
