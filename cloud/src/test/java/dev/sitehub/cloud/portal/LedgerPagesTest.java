package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: the ledger page reaches the dispute, retention-release and refund services the
 * API offers, for the roles that own them on the project's contract, in Chinese and English, with
 * errors next to the field and refusals for the wrong role.
 */
@QuarkusTest
class LedgerPagesTest {
  @Inject ProjectJourney journey;
  @Inject TestUsers users;

  private static String ledger(Site s) {
    return "/portal/projects/" + s.projectId() + "/ledger";
  }

  /** Verifies that the homeowner sees the dispute and retention forms in Chinese, no refund. */
  @Test
  void page_homeownerZh_disputeAndRetentionForms() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "zh-CN")
            .get(ledger(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("id=\"dispute\"")
        .contains("发起争议")
        .contains("id=\"retention\"")
        .doesNotContain("id=\"refund\"");
  }

  /** Verifies that the project page links to the ledger page. */
  @Test
  void projectPage_member_linksToLedgerPage() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("href=\"" + ledger(s) + "\" id=\"ledger-actions\"");
  }

  /** Verifies that a homeowner's dispute is raised through the service and freezes the page. */
  @Test
  void dispute_homeownerEn_raisedAndShownOpen() throws Exception {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    Response r =
        owner
            .browser()
            .formParam("_csrf", owner.csrf())
            .formParam("reason", "Tiles cracked in the kitchen")
            .post(ledger(s) + "/disputes");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith(ledger(s) + "?done=dispute#dispute");
    String html =
        owner
            .browser()
            .header("Accept-Language", "en")
            .get(ledger(s) + "?done=dispute")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("The dispute is open. The operator will look into it.")
        .contains("id=\"dispute-open\"")
        .doesNotContain("id=\"dispute\" ");
    ProjectJourney.as(s.customerToken())
        .get(ProjectJourney.base(s) + "/ledger/statement")
        .then()
        .body("disputeOpen", org.hamcrest.Matchers.equalTo(true));
  }

  /** Verifies that an empty reason comes back next to the field in Chinese, nothing raised. */
  @Test
  void dispute_emptyReasonZh_422NextToField() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("reason", "  ")
            .post(ledger(s) + "/disputes")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-invalid=\"true\"")
        .contains("<p class=\"field-error\" id=\"dispute-reason-error\">请填写此项。</p>");
  }

  /** Verifies that a second dispute is refused above the form in English, reason kept. */
  @Test
  void dispute_alreadyOpenEn_409AboveFormReasonKept() throws Exception {
    Site s = journey.funded();
    PortalSession pm = PortalSession.of(s.pm());
    pm.htmx().formParam("reason", "first").post(ledger(s) + "/disputes");
    String html =
        PortalSession.of(s.customer())
            .htmx()
            .header("Accept-Language", "en")
            .formParam("reason", "second one")
            .post(ledger(s) + "/disputes")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"dispute-form-error\">This project already has an open dispute")
        .contains(">second one</textarea>");
  }

  /** Verifies that the supervisor (no such part on the contract) may not open a dispute. */
  @Test
  void dispute_supervisor_403Page() throws Exception {
    Site s = journey.funded();
    PortalSession.of(s.supervisor())
        .htmx()
        .formParam("reason", "not mine to raise")
        .post(ledger(s) + "/disputes")
        .then()
        .statusCode(403)
        .contentType("text/html");
  }

  /** Verifies that releasing the retention before the final acceptance is refused, in Chinese. */
  @Test
  void retention_beforeFinalAcceptanceZh_409AboveForm() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("key", "ret-" + s.projectId())
            .post(ledger(s) + "/retention/release")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"retention-form-error\">最终验收尚未签署。<");
  }

  /** Verifies that the project manager may not release the retention. */
  @Test
  void retention_projectManager_403() throws Exception {
    Site s = journey.funded();
    PortalSession.of(s.pm())
        .htmx()
        .formParam("key", "ret-pm-" + s.projectId())
        .post(ledger(s) + "/retention/release")
        .then()
        .statusCode(403)
        .contentType("text/html");
  }

  /** Verifies that the operator's refund posts once for a double submit (same key), in English. */
  @Test
  void refund_operatorEn_postedOnce() throws Exception {
    Site s = journey.funded();
    PortalSession operator = PortalSession.of(users.user(Role.OPERATOR));
    assertThat(
            operator
                .browser()
                .header("Accept-Language", "en")
                .get(ledger(s))
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("id=\"refund\"")
        .contains("Refund to the homeowner");
    for (int i = 0; i < 2; i++) {
      Response r =
          operator
              .htmx()
              .formParam("amount", "100.50")
              .formParam("reason", "overpaid")
              .formParam("key", "ref-" + s.projectId())
              .post(ledger(s) + "/refunds");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.getHeader("HX-Redirect")).isEqualTo(ledger(s) + "?done=refund#refund");
    }
    String statement =
        ProjectJourney.as(s.customerToken())
            .get(ProjectJourney.base(s) + "/ledger/statement")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(statement).contains("\"REFUND\"").containsOnlyOnce("\"REFUND\"");
  }

  /**
   * Verifies that a bad refund amount comes back next to the field in Chinese, typed value kept.
   */
  @Test
  void refund_badAmountZh_422NextToField() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(users.user(Role.OPERATOR))
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("amount", "-3")
            .formParam("key", "ref-bad-" + s.projectId())
            .post(ledger(s) + "/refunds")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("value=\"-3\"")
        .contains("id=\"refund-amount-error\">请输入大于零、最多两位小数的金额（元）。<");
  }

  /** Verifies that the homeowner may not refund (operators only, as in the API). */
  @Test
  void refund_homeowner_403() throws Exception {
    Site s = journey.funded();
    PortalSession.of(s.customer())
        .htmx()
        .formParam("amount", "1")
        .formParam("key", "ref-h-" + s.projectId())
        .post(ledger(s) + "/refunds")
        .then()
        .statusCode(403)
        .contentType("text/html");
  }
}
