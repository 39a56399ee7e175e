package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertDetail;
import dev.sitehub.cloud.alerts.AlertStatus;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The alert inbox and a site's alert page over plain HTTP: who may see them, the filters, CSRF on
 * the acknowledge and resolve forms, errors next to the comment field in the reader's language, a
 * lost race shown as the current state, and escaping of comments and device messages.
 */
@QuarkusTest
class AlertPagesTest {
  @Inject TestUsers users;
  @Inject AlertStore store;

  @Test
  void inbox_supervisor_listsActiveAlertsOfOwnSitesOnly() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site mine = users.siteWith(supervisor);
    Site theirs = users.siteWith(users.user(Role.SUPERVISOR));
    Alert open = raise(mine, Severity.CRITICAL, "water under the sink");
    Alert done = raise(mine, Severity.MINOR, "dusty");
    store.resolve(mine.siteId(), done.id(), supervisor.userId(), "cleaned", Instant.now());
    Alert foreign = raise(theirs, Severity.CRITICAL, "not yours");
    String html =
        PortalSession.of(supervisor)
            .browser()
            .get("/portal/alerts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("告警收件箱")
        .contains("id=\"alert-" + open.id() + "\"")
        .contains("data-status=\"OPEN\"")
        .doesNotContain("id=\"alert-" + done.id() + "\"")
        .doesNotContain("id=\"alert-" + foreign.id() + "\"")
        .contains(
            "hx-post=\"/portal/sites/" + mine.siteId() + "/alerts/" + open.id() + "/acknowledge\"");
  }

  @Test
  void inbox_filters_statusSeverityAndSiteNarrowTheList() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site a = users.siteWith(supervisor);
    Site b = users.siteWith(supervisor);
    Alert critical = raise(a, Severity.CRITICAL, "leak");
    Alert minor = raise(b, Severity.MINOR, "dust");
    Alert resolved = raise(a, Severity.MAJOR, "noise");
    store.resolve(a.siteId(), resolved.id(), supervisor.userId(), "quiet now", Instant.now());
    PortalSession s = PortalSession.of(supervisor);

    String bySeverity =
        s.browser()
            .get("/portal/alerts?severity=MINOR")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(bySeverity)
        .contains("id=\"alert-" + minor.id() + "\"")
        .doesNotContain("id=\"alert-" + critical.id() + "\"");

    String bySite =
        s.browser()
            .get("/portal/alerts?site=" + a.siteId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(bySite)
        .contains("id=\"alert-" + critical.id() + "\"")
        .doesNotContain("id=\"alert-" + minor.id() + "\"");

    String resolvedOnly =
        s.browser()
            .get("/portal/alerts/list?status=resolved")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(resolvedOnly)
        .startsWith("<div id=\"alert-list\"")
        .contains("id=\"alert-" + resolved.id() + "\"")
        .contains("quiet now")
        .doesNotContain("id=\"alert-" + critical.id() + "\"")
        .doesNotContain("<html");
  }

  @Test
  void inbox_installer_403Page() {
    UserAccount installer = users.user(Role.INSTALLER);
    users.siteWith(installer);
    String html =
        PortalSession.of(installer)
            .browser()
            .get("/portal/alerts")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"");
  }

  @Test
  void inbox_siteFilterOfForeignSite_403Page() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    users.siteWith(supervisor);
    Site theirs = users.siteWith(users.user(Role.SUPERVISOR));
    raise(theirs, Severity.CRITICAL, "secret");
    String html =
        PortalSession.of(supervisor)
            .browser()
            .get("/portal/alerts?site=" + theirs.siteId())
            .then()
            .statusCode(403)
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("secret");
  }

  @Test
  void inbox_unknownStatus_400Page() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    PortalSession.of(supervisor)
        .browser()
        .get("/portal/alerts?status=burning")
        .then()
        .statusCode(400)
        .contentType("text/html");
  }

  @Test
  void inbox_noSession_401SignInComingBack() {
    String html =
        io.restassured.RestAssured.given()
            .get("/portal/alerts")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    assertThat(html).contains("id=\"login-form\"").contains("value=\"/portal/alerts\"");
  }

  @Test
  void siteAlerts_otherHomeownersSite_403Page() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    raise(site, Severity.CRITICAL, "leak at the neighbour's");
    UserAccount other = users.user(Role.HOMEOWNER);
    users.siteWith(other);
    String html =
        PortalSession.of(other)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/alerts")
            .then()
            .statusCode(403)
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("neighbour");
  }

  @Test
  void siteAlerts_homeowner_seesOwnSiteAlertsWithForms_andSitePageLinksThere() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    Alert a = raise(site, Severity.CRITICAL, "water");
    PortalSession s = PortalSession.of(owner);
    String html =
        s.browser()
            .header("Accept-Language", "en")
            .get("/portal/sites/" + site.siteId() + "/alerts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("Alerts at Test flat")
        .contains("id=\"alert-" + a.id() + "\"")
        .contains("<label for=\"res-" + a.id() + "\">What was done? (required)</label>")
        .contains("/portal/assets/alerts.js");
    String sitePage =
        s.browser()
            .get("/portal/sites/" + site.siteId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(sitePage)
        .contains("href=\"/portal/sites/" + site.siteId() + "/alerts\"")
        .contains("href=\"/portal/sites/" + site.siteId() + "/live\"");
  }

  @Test
  void siteAlerts_installerMember_readOnlyWithoutForms() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    Alert a = raise(site, Severity.MAJOR, "offline");
    String html =
        PortalSession.of(installer)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/alerts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("id=\"alert-" + a.id() + "\"").doesNotContain("/acknowledge\"");
  }

  @Test
  void acknowledge_withoutCsrfHeader_403AndAlertStaysOpen() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    Alert a = raise(site, Severity.CRITICAL, "leak");
    PortalSession.of(supervisor)
        .browser()
        .contentType(ContentType.URLENC)
        .formParam("comment", "on my way")
        .post(ack(site, a))
        .then()
        .statusCode(403);
    assertThat(store.find(site.siteId(), a.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void acknowledge_withComment_cardShowsAcknowledgedByUserAndEscapedComment() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    Alert a = raise(site, Severity.CRITICAL, "leak");
    String html =
        PortalSession.of(supervisor)
            .htmx()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("comment", "<script>alert(1)</script> on my way")
            .post(ack(site, a))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .startsWith("<li class=\"card alert")
        .contains("data-status=\"ACKNOWLEDGED\"")
        .contains("Acknowledged by " + supervisor.username())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; on my way")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("/acknowledge\"")
        .contains("/resolve\"");
    Alert stored = store.find(site.siteId(), a.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(stored.acknowledgedBy()).isEqualTo(supervisor.userId());
    assertThat(stored.acknowledgeComment()).isEqualTo("<script>alert(1)</script> on my way");
  }

  @Test
  void resolve_emptyComment_422WithChineseErrorNextToField() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    Alert a = raise(site, Severity.CRITICAL, "leak");
    String html =
        PortalSession.of(supervisor)
            .htmx()
            .contentType(ContentType.URLENC)
            .formParam("comment", "   ")
            .post(resolve(site, a))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    String field = "res-" + a.id();
    assertThat(html)
        .contains("aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"")
        .contains("<p class=\"field-error\" id=\"" + field + "-error\">请说明是如何解决的。</p>")
        .contains("<details class=\"step\" open>");
    assertThat(store.find(site.siteId(), a.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void acknowledge_commentTooLong_422InEnglishKeepsTypedTextEscaped() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    Alert a = raise(site, Severity.CRITICAL, "leak");
    String comment = "<b>" + "x".repeat(2001);
    String html =
        PortalSession.of(supervisor)
            .htmx()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("comment", comment)
            .post(ack(site, a))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"ack-" + a.id() + "-error\">At most 2000 characters, please.</p>")
        .contains("&lt;b&gt;xxx")
        .doesNotContain("<b>xxx");
    assertThat(store.find(site.siteId(), a.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void acknowledge_alreadyAcknowledged_409ShowsCurrentState() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(supervisor, owner);
    Alert a = raise(site, Severity.CRITICAL, "leak");
    store.acknowledge(site.siteId(), a.id(), owner.userId(), "seen it", Instant.now());
    String html =
        PortalSession.of(supervisor)
            .htmx()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("comment", "me too")
            .post(ack(site, a))
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-status=\"ACKNOWLEDGED\"")
        .contains("Acknowledged by " + owner.username())
        .contains("Someone changed this alert meanwhile");
  }

  @Test
  void acknowledge_unknownAlert_404Page() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    PortalSession.of(supervisor)
        .htmx()
        .contentType(ContentType.URLENC)
        .formParam("comment", "x")
        .post("/portal/sites/" + site.siteId() + "/alerts/987654321/acknowledge")
        .then()
        .statusCode(404)
        .contentType("text/html");
  }

  @Test
  void resolve_foreignSitesAlert_403Page() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    users.siteWith(supervisor);
    Site theirs = users.siteWith(users.user(Role.SUPERVISOR));
    Alert a = raise(theirs, Severity.CRITICAL, "leak");
    PortalSession.of(supervisor)
        .htmx()
        .contentType(ContentType.URLENC)
        .formParam("comment", "fixed")
        .post(resolve(theirs, a))
        .then()
        .statusCode(403)
        .contentType("text/html");
    assertThat(store.find(theirs.siteId(), a.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.OPEN);
  }

  @Test
  void siteAlerts_deviceMessageWithMarkup_escaped() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    raise(site, Severity.CRITICAL, "<img src=x onerror=alert(1)>");
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/alerts")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
  }

  @Test
  void layout_supervisor_hasInboxLink() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    String html =
        PortalSession.of(supervisor)
            .browser()
            .get("/portal/home")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("id=\"nav-alerts\" href=\"/portal/alerts\"");
  }

  private Alert raise(Site site, Severity severity, String message) {
    return store
        .raise(
            site.siteId(),
            "leak",
            "probe-" + UUID.randomUUID().toString().substring(0, 8),
            severity,
            AlertDetail.event(message, "probe", false),
            Instant.now())
        .alert();
  }

  private static String ack(Site site, Alert a) {
    return "/portal/sites/" + site.siteId() + "/alerts/" + a.id() + "/acknowledge";
  }

  private static String resolve(Site site, Alert a) {
    return "/portal/sites/" + site.siteId() + "/alerts/" + a.id() + "/resolve";
  }
}
