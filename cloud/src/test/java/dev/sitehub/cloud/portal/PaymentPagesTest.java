package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies the money pages under the payment sandbox (the test default): each shows the sandbox
 * banner, a deposit ends on a fresh address (post/redirect/get) whose page shows the new totals and
 * an empty amount field, and an arbitration split that escrow cannot cover, or that does not add
 * up, is refused with a message in the operator's language.
 */
@QuarkusTest
class PaymentPagesTest {
  private static final String BANNER = "沙箱支付 / Sandbox payments";
  @Inject ProjectJourney journey;
  @Inject OperatorFixtures operators;
  @Inject TestUsers users;
  @Inject Db db;

  @Test
  void moneyPages_sandbox_showBanner() {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    for (String page :
        new String[] {
          "/portal/projects/" + s.projectId(), "/portal/projects/" + s.projectId() + "/materials"
        }) {
      String html =
          owner
              .browser()
              .header("Accept-Language", "en")
              .get(page)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertThat(html).as(page).contains("sandbox-banner").contains(BANNER + " — no real money");
    }
    operators.disputed("noise");
    String disputes =
        PortalSession.of(users.user(Role.OPERATOR))
            .browser()
            .header("Accept-Language", "zh-CN")
            .get("/portal/operator/disputes")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(disputes).contains(BANNER + " — 不会发生真实资金往来");
  }

  @Test
  void deposit_htmx_redirectsToFreshPageWithNewTotalsAndEmptyAmount() {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    String target =
        owner
            .htmx()
            .formParam("amount", "100")
            .formParam("key", "prg-" + s.projectId())
            .post("/portal/projects/" + s.projectId() + "/payments/deposits")
            .then()
            .statusCode(200)
            .extract()
            .header("HX-Redirect");
    assertThat(target)
        .startsWith("/portal/projects/" + s.projectId() + "?deposit=")
        .endsWith("#payments");
    String html =
        owner
            .browser()
            .header("Accept-Language", "en")
            .get(target.substring(0, target.indexOf('#')))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-deposited>¥40,100.00<")
        .containsPattern("id=\"deposit-amount\"[^>]*value=\"\"");
    String plain =
        owner
            .browser()
            .contentType(ContentType.URLENC)
            .formParam("_csrf", owner.csrf())
            .formParam("amount", "50")
            .formParam("key", "prg2-" + s.projectId())
            .post("/portal/projects/" + s.projectId() + "/payments/deposits")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertThat(plain).contains("/portal/projects/" + s.projectId() + "?deposit=");
    assertThat(plain).isNotEqualTo(target);
  }

  @Test
  void arbitration_splitAboveEscrow_refusedInChinese() {
    Site s = operators.disputed("late");
    String disputeId =
        db.text(
            "SELECT dispute_id FROM dispute WHERE project_id = ? AND state = 'OPEN'",
            s.projectId());
    PortalSession op = PortalSession.of(users.user(Role.OPERATOR));
    String html =
        op.browser()
            .header("Accept-Language", "zh-CN")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", op.csrf())
            .formParam("projectId", s.projectId())
            .formParam("toContractor", "999999")
            .formParam("toCustomer", "1")
            .formParam("decision", "全部")
            .formParam("key", "zh-" + disputeId)
            .post("/portal/operator/disputes/" + disputeId + "/arbitration")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"form-error-" + disputeId + "\"").contains("托管余额不足以按此方案分配");
    assertThat(db.text("SELECT state FROM dispute WHERE dispute_id = ?", disputeId))
        .isEqualTo("OPEN");
  }

  @Test
  void arbitration_splitThatOverflows_400AndNothingPosted() {
    Site s = operators.disputed("overflow");
    String disputeId =
        db.text(
            "SELECT dispute_id FROM dispute WHERE project_id = ? AND state = 'OPEN'",
            s.projectId());
    long before = db.count("SELECT count(*) FROM ledger_txn WHERE project_id = ?", s.projectId());
    given()
        .auth()
        .oauth2(TestUsers.token(users.user(Role.OPERATOR)))
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "ovf-" + disputeId)
        .body(Map.of("toContractorFen", Long.MAX_VALUE, "toCustomerFen", 2, "decision", "overflow"))
        .post("/api/projects/" + s.projectId() + "/disputes/" + disputeId + "/arbitration")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://sitehub.dev/problems/split-does-not-add-up"));
    assertThat(db.count("SELECT count(*) FROM ledger_txn WHERE project_id = ?", s.projectId()))
        .isEqualTo(before);
  }
}
