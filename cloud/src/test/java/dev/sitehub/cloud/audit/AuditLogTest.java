package dev.sitehub.cloud.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who did what and when: acts are recorded in their own unit of work, operators read everything, a
 * project's members read their project's trail, nobody else does, and nobody can change a row.
 */
@QuarkusTest
class AuditLogTest {
  private static final TypeRef<List<AuditView>> VIEWS = new TypeRef<>() {};

  @Inject TestUsers users;
  @Inject LifecycleFixtures lifecycle;
  @Inject DeviceService devices;
  @Inject Db db;
  @Inject BusinessFixtures business;

  @Test
  void deviceClaimAndRevoke_recordedWithTheActor_operatorReadsThem() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    String code = devices.createClaim(site.siteId(), installer.userId()).code();
    ProvisionResponse box =
        devices.provision("box-" + UUID.randomUUID(), new ProvisionRequest("r1", code, "hw", "1"));

    given()
        .auth()
        .oauth2(TestUsers.token(installer))
        .post("/api/sites/" + site.siteId() + "/devices/" + box.deviceId() + "/revoke")
        .then()
        .statusCode(204);

    List<AuditView> trail =
        given()
            .auth()
            .oauth2(TestUsers.token(users.user(Role.OPERATOR)))
            .queryParam("limit", 500)
            .get("/api/audit")
            .then()
            .statusCode(200)
            .extract()
            .as(VIEWS)
            .stream()
            .filter(v -> box.deviceId().equals(v.subject()))
            .toList();
    assertThat(trail)
        .extracting(AuditView::action, AuditView::actorId, AuditView::siteId)
        .containsExactly(
            tuple(AuditAction.DEVICE_REVOKED, installer.userId(), site.siteId()),
            tuple(AuditAction.DEVICE_CLAIMED, null, site.siteId()));
  }

  @Test
  void projectTrail_membersReadTheirProjectsSignatures_outsidersRefused() {
    LifecycleFixtures.Site p = lifecycle.project(1_000_000);

    List<AuditView> trail =
        given()
            .auth()
            .oauth2(p.customerToken())
            .get("/api/projects/" + p.projectId() + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .as(VIEWS);
    assertThat(trail).extracting(AuditView::action).contains(AuditAction.CONTRACT_SIGNED);
    assertThat(trail)
        .filteredOn(v -> v.action() == AuditAction.CONTRACT_SIGNED)
        .extracting(AuditView::actorId)
        .contains(p.customer().userId());

    UserAccount outsider = users.user(Role.HOMEOWNER);
    given()
        .auth()
        .oauth2(TestUsers.token(outsider))
        .get("/api/projects/" + p.projectId() + "/audit")
        .then()
        .statusCode(403);
    given().auth().oauth2(p.customerToken()).get("/api/audit").then().statusCode(403);
  }

  @Test
  void verification_grantsStaffRoles_eachGrantRecordedWithTheEnterpriseDecision() {
    BusinessFixtures.Company sup =
        business.company(EnterpriseType.SUPERVISION_COMPANY, "杭州", true, Role.SUPERVISOR);
    String supervisor = sup.staff().get(Role.SUPERVISOR).userId();

    assertThat(
            db.count(
                "SELECT count(*) FROM audit_event WHERE action = 'ROLE_GRANTED'"
                    + " AND subject = ? AND detail = 'SUPERVISOR'",
                supervisor))
        .isEqualTo(1);
    assertThat(
            db.count(
                "SELECT count(*) FROM audit_event WHERE action = 'ENTERPRISE_VERIFIED'"
                    + " AND subject = ?",
                sup.id()))
        .isEqualTo(1);
  }

  @Test
  void auditRows_updateDeleteTruncate_refusedByTheDatabase() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    String code = devices.createClaim(site.siteId(), installer.userId()).code();
    devices.provision("box-" + UUID.randomUUID(), new ProvisionRequest("r2", code, "hw", "1"));
    assertThat(db.count("SELECT count(*) FROM audit_event WHERE site_id = ?", site.siteId()))
        .isEqualTo(1);

    assertThatThrownBy(
            () ->
                db.update("UPDATE audit_event SET actor_id = 'x' WHERE site_id = ?", site.siteId()))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.update("DELETE FROM audit_event WHERE site_id = ?", site.siteId()))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> db.update("TRUNCATE audit_event")).hasMessageContaining("append-only");
    assertThat(db.count("SELECT count(*) FROM audit_event WHERE site_id = ?", site.siteId()))
        .isEqualTo(1);
  }

  @Test
  void operatorTrail_unknownActionFilter_400() {
    given()
        .auth()
        .oauth2(TestUsers.token(users.user(Role.OPERATOR)))
        .queryParam("action", "NOT_AN_ACTION")
        .get("/api/audit")
        .then()
        .statusCode(400);
  }

  @Test
  void portal_operatorTrailInChinese_projectTrailForMembersOnly() {
    LifecycleFixtures.Site p = lifecycle.project(800_000);
    String operator = cookie(users.user(Role.OPERATOR));

    String all =
        given()
            .cookie(SESSION, operator)
            .header("Accept-Language", "zh-CN")
            .get("/portal/operator/audit?action=CONTRACT_SIGNED")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(all).contains("审计日志", "签署合同", p.customer().displayName());
    assertThat(all).doesNotContain("CONTRACT_SIGNED<", "act_");

    String mine =
        given()
            .cookie(SESSION, cookie(p.customer()))
            .header("Accept-Language", "en")
            .get("/portal/projects/" + p.projectId() + "/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(mine).contains("Project audit trail", "Contract signed");

    given()
        .redirects()
        .follow(false)
        .cookie(SESSION, cookie(users.user(Role.HOMEOWNER)))
        .get("/portal/projects/" + p.projectId() + "/audit")
        .then()
        .statusCode(403);
  }

  @Test
  void actions_everyOneHasEnglishAndChineseText() {
    AuditMessages en = MessageBundles.get(AuditMessages.class);
    AuditMessages zh = MessageBundles.get(AuditMessages.class, Localized.Literal.of("zh-CN"));
    for (AuditAction a : AuditAction.values()) {
      assertThat(en.act(a)).as(a + " en").isNotBlank().isNotEqualTo(a.name());
      assertThat(zh.act(a)).as(a + " zh").containsPattern("\\p{IsHan}");
    }
  }

  private static final String SESSION = "sitehub_session";

  private static String cookie(UserAccount user) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", TestUsers.PASSWORD))
        .post("/portal/login")
        .then()
        .statusCode(200)
        .extract()
        .cookie(SESSION);
  }
}
