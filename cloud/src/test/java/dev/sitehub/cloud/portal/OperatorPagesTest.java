package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseStatus;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator's pages over plain HTTP: verification queue, disputes, acceptance override and the
 * evidence-chain verifier; each renders for operators only, refuses a post without the CSRF token,
 * shows a bad form's error next to its field, and escapes user content.
 */
@QuarkusTest
class OperatorPagesTest {
  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject LifecycleFixtures lifecycle;
  @Inject EnterpriseService enterprises;
  @Inject AgroalDataSource db;
  @Inject OperatorFixtures fixtures;

  private PortalSession operator() {
    return PortalSession.of(users.user(Role.OPERATOR));
  }

  /** A plain form post as a browser without JavaScript sends it: the token in a hidden field. */
  private static RequestSpecification form(PortalSession s) {
    return s.browser()
        .header("Accept-Language", "en")
        .contentType(ContentType.URLENC)
        .formParam("_csrf", s.csrf());
  }

  @Test
  void verification_operator_listsPendingEscapedWithCertificates() {
    Company c =
        business.company(
            EnterpriseType.DESIGN_COMPANY,
            "<script>alert('x')</script> Design",
            business.uniqueCity(),
            "",
            List.of(),
            3,
            false);
    String html =
        operator()
            .browser()
            .get("/portal/operator/verification")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-enterprise-id=\"" + c.id() + "\"")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Design")
        .doesNotContain("<script>alert('x')")
        .contains("name=\"_csrf\"");
  }

  @Test
  void operatorPages_homeowner_403Page() {
    PortalSession s = PortalSession.of(users.user(Role.HOMEOWNER));
    for (String page :
        List.of(
            "/portal/operator/verification",
            "/portal/operator/disputes",
            "/portal/operator/overrides",
            "/portal/operator/evidence")) {
      String html =
          s.browser()
              .get(page)
              .then()
              .statusCode(403)
              .contentType("text/html")
              .extract()
              .asString();
      assertThat(html).as(page).contains("id=\"forbidden\"");
    }
  }

  @Test
  void operatorPages_noSession_401SignInForm() {
    String html =
        given().get("/portal/operator/disputes").then().statusCode(401).extract().asString();
    assertThat(html).contains("id=\"login-form\"").contains("value=\"/portal/operator/disputes\"");
  }

  @Test
  void verification_postWithoutCsrf_403AndUndecided() {
    Company c = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    operator()
        .browser()
        .contentType(ContentType.URLENC)
        .formParam("decision", "REJECTED")
        .formParam("reason", "fake")
        .post("/portal/operator/verification/" + c.id())
        .then()
        .statusCode(403);
    assertThat(enterprises.get(c.id()).status()).isEqualTo(EnterpriseStatus.PENDING);
  }

  @Test
  void verification_rejectWithoutReason_422ErrorNextToReason() {
    Company c = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    String html =
        form(operator())
            .formParam("decision", "REJECTED")
            .formParam("reason", "  ")
            .post("/portal/operator/verification/" + c.id())
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"reason-error-" + c.id() + "\"")
        .contains("Say why the enterprise is rejected.");
    assertThat(enterprises.get(c.id()).status()).isEqualTo(EnterpriseStatus.PENDING);
  }

  @Test
  void verification_approveWithoutLicence_409FormError() {
    Company c = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    String html =
        form(operator())
            .formParam("decision", "VERIFIED")
            .post("/portal/operator/verification/" + c.id())
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"form-error-" + c.id() + "\"")
        .contains("Upload a business licence before verifying.");
  }

  @Test
  void verification_rejectWithReason_rejectedAndGoneFromQueue() {
    Company c = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    String html =
        form(operator())
            .formParam("decision", "REJECTED")
            .formParam("reason", "licence is blurred")
            .post("/portal/operator/verification/" + c.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("id=\"decided\"").doesNotContain("data-enterprise-id=\"" + c.id());
    assertThat(enterprises.get(c.id()).status()).isEqualTo(EnterpriseStatus.REJECTED);
    assertThat(enterprises.get(c.id()).statusReason()).isEqualTo("licence is blurred");
  }

  @Test
  void verification_unknownEnterprise_404Page() {
    form(operator())
        .formParam("decision", "REJECTED")
        .formParam("reason", "x")
        .post("/portal/operator/verification/ent-nope")
        .then()
        .statusCode(404)
        .contentType("text/html");
  }

  @Test
  void disputes_badAmountThenValidSplit_errorNextToFieldThenResolved() {
    Site s = fixtures.disputed("<b>tiles</b> cracked");
    PortalSession op = operator();
    String page =
        op.browser().get("/portal/operator/disputes").then().statusCode(200).extract().asString();
    String disputeId = disputeOf(s.projectId());
    assertThat(page)
        .contains("data-dispute-id=\"" + disputeId + "\"")
        .contains("&lt;b&gt;tiles&lt;/b&gt; cracked")
        .doesNotContain("<b>tiles</b>");
    String bad =
        form(op)
            .formParam("projectId", s.projectId())
            .formParam("toContractor", "12.345")
            .formParam("toCustomer", "100")
            .formParam("decision", "")
            .formParam("key", "k-" + disputeId)
            .post("/portal/operator/disputes/" + disputeId + "/arbitration")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(bad)
        .contains("id=\"to-contractor-error-" + disputeId + "\"")
        .contains("Enter an amount in yuan")
        .contains("id=\"decision-error-" + disputeId + "\"")
        .doesNotContain("id=\"to-customer-error-" + disputeId + "\"");
    String done =
        form(op)
            .formParam("projectId", s.projectId())
            .formParam("toContractor", "3000")
            .formParam("toCustomer", "1000.50")
            .formParam("decision", "split after site visit")
            .formParam("key", "k-" + disputeId)
            .post("/portal/operator/disputes/" + disputeId + "/arbitration")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(done).contains("id=\"resolved\"").doesNotContain("data-dispute-id=\"" + disputeId);
    assertThat(text("SELECT state FROM dispute WHERE dispute_id = ?", disputeId))
        .isEqualTo("RESOLVED");
    assertThat(text("SELECT to_customer_fen::text FROM dispute WHERE dispute_id = ?", disputeId))
        .isEqualTo("100050");
  }

  @Test
  void disputes_splitAboveEscrow_409FormError() {
    Site s = fixtures.disputed("late");
    String disputeId = disputeOf(s.projectId());
    String html =
        form(operator())
            .formParam("projectId", s.projectId())
            .formParam("toContractor", "999999")
            .formParam("toCustomer", "0")
            .formParam("decision", "all of it")
            .formParam("key", "k2-" + disputeId)
            .post("/portal/operator/disputes/" + disputeId + "/arbitration")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"form-error-" + disputeId + "\"").contains("escrow holds less");
  }

  @Test
  void disputes_postWithoutCsrf_403() {
    Site s = fixtures.disputed("noise");
    String disputeId = disputeOf(s.projectId());
    operator()
        .browser()
        .contentType(ContentType.URLENC)
        .formParam("projectId", s.projectId())
        .formParam("toContractor", "1")
        .formParam("toCustomer", "1")
        .formParam("decision", "x")
        .formParam("key", "k3")
        .post("/portal/operator/disputes/" + disputeId + "/arbitration")
        .then()
        .statusCode(403);
    assertThat(text("SELECT state FROM dispute WHERE dispute_id = ?", disputeId)).isEqualTo("OPEN");
  }

  @Test
  void override_emptyForm_422ErrorsNextToEachField() {
    String html =
        form(operator())
            .formParam("projectId", "")
            .formParam("stage", "one")
            .formParam("reason", "")
            .post("/portal/operator/overrides")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"project-id-error\"")
        .contains("id=\"stage-error\"")
        .contains("Enter a stage number")
        .contains("id=\"reason-error\"")
        .contains("Write the justification.");
  }

  @Test
  void override_unknownProject_422ErrorNextToProject() {
    String html =
        form(operator())
            .formParam("projectId", "prj-<nope>")
            .formParam("stage", "1")
            .formParam("reason", "sensor broken")
            .post("/portal/operator/overrides")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"project-id-error\"")
        .contains("No such project.")
        .contains("value=\"prj-&lt;nope&gt;\"");
  }

  @Test
  void override_stageNotReady_409FormErrorInChinese() {
    Site s = lifecycle.project(1_000_000L);
    PortalSession op = operator();
    String html =
        op.browser()
            .contentType(ContentType.URLENC)
            .formParam("_csrf", op.csrf())
            .formParam("projectId", s.projectId())
            .formParam("stage", "1")
            .formParam("reason", "sensor broken")
            .post("/portal/operator/overrides")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"form-error\"").contains("该阶段尚未申请验收。");
  }

  @Test
  void override_failingCriterionWithReason_recordCarriesOverride() {
    Site s = fixtures.readyWithPendingCriterion();
    String html =
        form(operator())
            .formParam("projectId", s.projectId())
            .formParam("stage", "1")
            .formParam("reason", "leak probe <broken>, slab checked by hand")
            .post("/portal/operator/overrides")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"override-result\"")
        .contains("assembled with the override")
        .contains("leak probe &lt;broken&gt;, slab checked by hand");
    assertThat(
            text(
                "SELECT override_reason FROM acceptance_record WHERE project_id = ? AND stage_seq = 1",
                s.projectId()))
        .isEqualTo("leak probe <broken>, slab checked by hand");
  }

  @Test
  void override_postWithoutCsrf_403() {
    operator()
        .browser()
        .contentType(ContentType.URLENC)
        .formParam("projectId", "p")
        .formParam("stage", "1")
        .formParam("reason", "r")
        .post("/portal/operator/overrides")
        .then()
        .statusCode(403);
  }

  @Test
  void verifier_inspectedProject_intact() {
    Site s = fixtures.readyWithPendingCriterion();
    String html =
        operator()
            .browser()
            .header("Accept-Language", "en")
            .queryParam("projectId", s.projectId())
            .get("/portal/operator/evidence")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("data-intact=\"true\"").containsPattern("Intact: [1-9]\\d* links");
  }

  /** Verifies that an unknown project id is a 404 with the error next to the field. */
  @Test
  void verifier_unknownProject_404ErrorNextToProject() {
    String html =
        operator()
            .browser()
            .queryParam("projectId", "prj-none")
            .get("/portal/operator/evidence")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"project-id-error\"")
        .contains("没有这个项目。")
        .doesNotContain("data-intact");
  }

  @Test
  void verifier_tamperedInspection_namesBrokenLink() throws Exception {
    Site s = fixtures.readyWithPendingCriterion();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE inspection_item SET note = 'changed later' WHERE inspection_id IN"
                    + " (SELECT inspection_id FROM inspection WHERE project_id = ?)")) {
      ps.setString(1, s.projectId());
      assertThat(ps.executeUpdate()).isPositive();
    }
    String html =
        operator()
            .browser()
            .header("Accept-Language", "en")
            .queryParam("projectId", s.projectId())
            .get("/portal/operator/evidence")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-intact=\"false\"")
        .containsPattern("Broken at link \\d+")
        .contains("INSPECTION");
  }

  /**
   * Verifies that the verifier hands out the signed head's receipt and, given that receipt after
   * the database owner cut the tail off, reports the dropped tail in the reader's language.
   */
  @Test
  void verifier_receiptAfterTailCut_tailDroppedInChinese() throws Exception {
    Site s = fixtures.readyWithPendingCriterion();
    String html =
        operator()
            .browser()
            .header("Accept-Language", "en")
            .queryParam("projectId", s.projectId())
            .get("/portal/operator/evidence")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"head-receipt\">([^<]+)<").matcher(html);
    assertThat(m.find()).as("receipt shown").isTrue();
    String receipt = m.group(1);
    try (Connection c = db.getConnection();
        java.sql.Statement st = c.createStatement();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM evidence_link WHERE project_id = ? AND seq ="
                    + " (SELECT max(seq) FROM evidence_link WHERE project_id = ?)")) {
      c.setAutoCommit(false);
      st.execute("ALTER TABLE evidence_link DISABLE TRIGGER evidence_link_append_only");
      ps.setString(1, s.projectId());
      ps.setString(2, s.projectId());
      assertThat(ps.executeUpdate()).isOne();
      st.execute("ALTER TABLE evidence_link ENABLE TRIGGER evidence_link_append_only");
      c.commit();
    }
    String zh =
        operator()
            .browser()
            .header("Accept-Language", "zh-CN")
            .queryParam("projectId", s.projectId())
            .queryParam("receipt", receipt)
            .get("/portal/operator/evidence")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(zh)
        .contains("data-intact=\"false\"")
        .contains("data-problem=\"TAIL_DROPPED\"")
        .contains("链尾被删除");
    String refused =
        operator()
            .browser()
            .header("Accept-Language", "en")
            .queryParam("projectId", s.projectId())
            .queryParam("receipt", "kept it somewhere")
            .get("/portal/operator/evidence")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(refused)
        .contains("id=\"receipt-error\"")
        .contains("kept it somewhere")
        .doesNotContain("id=\"chain-result\"");
  }

  @Test
  void verifier_unknownProject_404ErrorNextToField() {
    String html =
        operator()
            .browser()
            .header("Accept-Language", "en")
            .queryParam("projectId", "prj-missing")
            .get("/portal/operator/evidence")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertThat(html).contains("id=\"project-id-error\"").contains("No such project.");
  }

  private String disputeOf(String projectId) {
    return text(
        "SELECT dispute_id FROM dispute WHERE project_id = ? AND state = 'OPEN'", projectId);
  }

  private String text(String sql, String arg) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
