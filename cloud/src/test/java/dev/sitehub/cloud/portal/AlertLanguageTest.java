package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertDetail;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An alert is stored as facts and worded when shown: the same alert reads in Chinese for a zh-CN
 * viewer and in English for an en viewer, with its measured value, limit and device in both.
 */
@QuarkusTest
class AlertLanguageTest {
  @Inject TestUsers users;
  @Inject AlertStore store;

  @Test
  void sitePage_sameAlert_zhViewerReadsChinese_enViewerReadsEnglish() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    String device = "dev-" + UUID.randomUUID().toString().substring(0, 8) + "/sound";
    Alert a =
        store
            .raise(
                site.siteId(),
                "noise-high",
                device,
                Severity.MAJOR,
                AlertDetail.reading("noise", 38, "dBA", true, 30, device, false),
                Instant.now())
            .alert();
    assertThat(a.detail().kind()).isEqualTo(AlertDetail.Kind.READING_ABOVE);

    String zh = page(supervisor, site, "zh-CN");
    assertThat(card(zh, a))
        .contains("读数超过上限")
        .contains(device + " 的 噪声 读数为 38 dBA，高于上限 30")
        .doesNotContain("noise 38")
        .doesNotContain("above");

    String en = page(supervisor, site, "en");
    assertThat(card(en, a))
        .contains("Reading above limit")
        .contains("noise 38 dBA above 30 at " + device)
        .doesNotContain("读数超过上限")
        .doesNotContain("高于上限");
  }

  /**
   * Verifies that readings and events are named in the viewer's language: no raw metric, unit or
   * event code in the Chinese card (branch domain, issue 18).
   */
  @Test
  void sitePage_temperatureAndEvent_wordedWithoutCodes() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    String device = "dev-" + UUID.randomUUID().toString().substring(0, 8);
    Alert hot =
        store
            .raise(
                site.siteId(),
                "curing-hot",
                device + "/bme",
                Severity.MINOR,
                AlertDetail.reading("temperature", 36.1, "degC", true, 35, device + "/bme", false),
                Instant.now())
            .alert();
    Alert started =
        store
            .raise(
                site.siteId(),
                "box-started",
                device,
                Severity.MINOR,
                AlertDetail.event("agent_started", device, false),
                Instant.now())
            .alert();
    String zh = page(supervisor, site, "zh-CN");
    assertThat(card(zh, hot))
        .contains("温度 读数为 36.1 °C，高于上限 35")
        .doesNotContain("degC")
        .doesNotContain("temperature");
    assertThat(card(zh, started)).contains("设备已启动").doesNotContain("agent_started");
    String en = page(supervisor, site, "en");
    assertThat(card(en, hot)).contains("temperature 36.1 °C above 35");
    assertThat(card(en, started)).contains("box started").doesNotContain("agent_started");
  }

  private static String page(UserAccount viewer, Site site, String language) {
    return PortalSession.of(viewer)
        .browser()
        .header("Accept-Language", language)
        .get("/portal/sites/" + site.siteId() + "/alerts")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  // The alert's own card, so texts of the surrounding page do not count.
  private static String card(String html, Alert a) {
    int start = html.indexOf("id=\"alert-" + a.id() + "\"");
    assertThat(start).as("card of alert %d", a.id()).isPositive();
    return html.substring(start, html.indexOf("</li>", start));
  }
}
