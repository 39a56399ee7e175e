package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.AlertDetail;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.protocol.message.ProvisionRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The front door and the role homes over plain HTTP against the real database: what needs each role
 * now, in Chinese and English, and the way in for a homeowner without a project.
 */
@QuarkusTest
class HomePagesTest {
  @Inject TestUsers users;
  @Inject ProjectJourney journey;
  @Inject LifecycleFixtures lifecycle;
  @Inject MediaFixtures media;
  @Inject AlertStore alerts;
  @Inject DeviceService devices;

  private static String home(PortalSession s, String lang) {
    return s.browser()
        .header("Accept-Language", lang)
        .get("/portal/home")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void frontDoor_noSession_redirectsToSignIn() {
    for (String path : new String[] {"/", "/portal", "/portal/"}) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.getHeader("Location")).as(path).endsWith("/portal/login");
    }
    given().get("/").then().statusCode(200).contentType("text/html");
  }

  @Test
  void frontDoor_session_redirectsToHome() {
    PortalSession s = PortalSession.of(users.user(Role.HOMEOWNER));
    for (String path : new String[] {"/", "/portal", "/portal/"}) {
      Response r = s.browser().get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.getHeader("Location")).as(path).endsWith("/portal/home");
    }
  }

  @Test
  void home_newHomeowner_bothLanguages_pointToEnterpriseLibrary() {
    PortalSession s = PortalSession.of(users.user(Role.HOMEOWNER));
    String zh = home(s, "zh-CN");
    assertThat(zh)
        .contains("id=\"new-homeowner\"")
        .contains("欢迎！开始您的装修")
        .contains("id=\"to-library\" href=\"/portal/enterprises\">浏览企业库<")
        .doesNotContain("您还没有加入任何工地");
    String en = home(s, "en");
    assertThat(en)
        .contains("Welcome! Start your renovation")
        .contains("id=\"to-library\" href=\"/portal/enterprises\">Browse the enterprise library<");
  }

  @Test
  void home_homeownerWithProject_showsStageStillAlertsPaymentAndSignature() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession.of(s.supervisor())
        .htmx()
        .post("/portal/projects/" + s.projectId() + "/stages/1/acceptance/sign")
        .then()
        .statusCode(200);
    long still = media.snapshot(s.siteId());
    alerts.raise(
        s.siteId(),
        "home",
        "src-" + UUID.randomUUID().toString().substring(0, 8),
        Severity.MAJOR,
        AlertDetail.event("home", "test", false),
        Instant.now());
    PortalSession owner = PortalSession.of(s.customer());
    String zh = home(owner, "zh-CN");
    assertThat(zh)
        .contains("data-project-id=\"" + s.projectId() + "\"")
        .contains("当前阶段： <a href=")
        .contains("/api/sites/" + s.siteId() + "/snapshots/" + still + "/image")
        .contains("今日工地 · ")
        .contains("1 条未处理告警")
        .contains("下一笔付款：")
        .contains("该阶段验收后到期")
        .contains("1 份验收记录待您签字")
        .doesNotContain("id=\"new-homeowner\"");
    assertThat(zh).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    assertThat(zh).containsPattern("今日工地 · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}<");
    String en = home(owner, "en");
    assertThat(en)
        .contains("Current stage:")
        .contains("1 open alerts")
        .contains("Next payment: ")
        .contains("due when this stage is accepted")
        .contains("1 acceptances to sign");
  }

  @Test
  void home_homeownerWithDraft_listsContractToSign_andCompanyStaffSeeTheirWork() {
    LifecycleFixtures.Draft d = lifecycle.draft(5_000_000L, "home test");
    String zh = home(PortalSession.of(d.customer()), "zh-CN");
    assertThat(zh)
        .contains("id=\"contracts-to-sign\"")
        .contains("href=\"/portal/contracts/" + d.contractId() + "\">查看并签署<")
        .doesNotContain("id=\"new-homeowner\"");
    PortalSession admin = PortalSession.of(d.deco().admin());
    String staffZh = home(admin, "zh-CN");
    assertThat(staffZh)
        .contains("data-enterprise-id=\"" + d.deco().id() + "\"")
        .contains("您的企业：" + d.deco().enterprise().name())
        .contains("0 条待回复咨询")
        .contains("1 份合同草稿")
        .containsPattern("\\d+ 名员工，\\d+ 名已邀请");
    String staffEn = home(admin, "en");
    assertThat(staffEn).contains("1 contract drafts").contains("0 open inquiries");
  }

  @Test
  void home_installer_listsOfflineAndOutdatedBoxes() {
    UserAccount installer = users.user(Role.INSTALLER);
    dev.sitehub.cloud.sites.Site site = users.siteWith(installer);
    String old = provision(site.siteId(), "0.0.1");
    provision(site.siteId(), "0.0.2");
    PortalSession s = PortalSession.of(installer);
    String zh = home(s, "zh-CN");
    assertThat(zh)
        .contains("需要您处理的设备")
        .contains("data-device-id=\"" + old + "\"")
        .contains("从未上线")
        .contains("代理版本 0.0.1 落后于")
        .contains("id=\"to-fleet\" href=\"/portal/fleet\"");
    String en = home(s, "en");
    assertThat(en).contains("Boxes that need you").contains("agent 0.0.1 is behind");
  }

  @Test
  void home_operator_showsQueues() {
    PortalSession s = PortalSession.of(users.user(Role.OPERATOR));
    assertThat(home(s, "zh-CN"))
        .contains("id=\"queues-now\"")
        .containsPattern("\\d+ 家企业待认证")
        .containsPattern("\\d+ 起纠纷待仲裁")
        .contains("href=\"/portal/operator/verification\"");
    assertThat(home(s, "en"))
        .containsPattern("\\d+ enterprises await verification")
        .containsPattern("\\d+ disputes await arbitration");
  }

  private String provision(String siteId, String version) {
    ClaimView claim = devices.createClaim(siteId, null);
    String box = "home-box-" + UUID.randomUUID().toString().substring(0, 8);
    return devices.provision(box, new ProvisionRequest("r", claim.code(), box, version)).deviceId();
  }
}
