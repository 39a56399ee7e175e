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
 * The project pages over plain HTTP: the projects list, the timeline with its evidence and
 * payments, the 403 page for outsiders, escaping of user content, CSRF on the sign-off, errors next
 * to the deposit field in the viewer's language, and signing then releasing a stage payment.
 */
@QuarkusTest
class ProjectPagesTest {
  private static final String XSS = "<img src=x onerror=alert(1)> checked";

  @Inject ProjectJourney journey;
  @Inject TestUsers users;

  private static String acceptance(Site s, int seq) {
    return "/portal/projects/" + s.projectId() + "/stages/" + seq;
  }

  @Test
  void projectsList_homeowner_ownProjectWithAwaitingBadge_notOthers() throws Exception {
    Site mine = journey.awaitingSignatures("ok");
    Site theirs = journey.funded();
    String html =
        PortalSession.of(mine.customer())
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/projects")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-project-id=\"" + mine.projectId() + "\"")
        .doesNotContain(theirs.projectId())
        .contains("0 of 4 stages accepted");
    String supervisor =
        PortalSession.of(mine.supervisor())
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/projects")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(supervisor).contains("1 acceptance(s) await your signature");
  }

  @Test
  void timeline_member_showsStagesInspectionCriteriaAndPaymentsWithUserTextEscaped()
      throws Exception {
    Site s = journey.awaitingSignatures(XSS);
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"stage-1\" data-seq=\"1\" data-state=\"READY_FOR_INSPECTION\"")
        .contains("Ready for inspection")
        .contains("data-kind=\"CLOSED_WATER\" data-verdict=\"PASS\"")
        .contains("Minutes dry: ")
        .contains("Awaiting the supervisor&#39;s signature")
        .contains("data-deposited>¥40,000.00<")
        .contains("id=\"deposit-form\"")
        .contains("&lt;img src=x onerror=alert(1)&gt; checked")
        .doesNotContain("<img src=x");
  }

  @Test
  void timeline_otherHomeownerOrUnknownProject_403Page() throws Exception {
    Site s = journey.funded();
    PortalSession other = PortalSession.of(users.user(Role.HOMEOWNER));
    String html =
        other
            .browser()
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("Sim flat");
    other.browser().get("/portal/projects/prj-nope").then().statusCode(403);
    other.browser().get(acceptance(s, 1) + "/acceptance").then().statusCode(403);
  }

  @Test
  void sign_withoutCsrfHeader_403AndNothingSigned() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession sup = PortalSession.of(s.supervisor());
    sup.browser().post(acceptance(s, 1) + "/acceptance/sign").then().statusCode(403);
    ProjectJourney.as(s.customerToken())
        .get(ProjectJourney.base(s) + "/stages/1/acceptance")
        .then()
        .statusCode(200)
        .body("state", org.hamcrest.Matchers.equalTo("AWAITING_SUPERVISOR"));
  }

  @Test
  void sign_homeownerBeforeSupervisor_409PanelWithErrorInChinese() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    String html =
        PortalSession.of(s.customer())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .post(acceptance(s, 1) + "/acceptance/sign")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"signoff-error\">需监理先签字，业主后签字。<");
  }

  @Test
  void signThenRelease_supervisorThenHomeowner_paymentReleased() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession sup = PortalSession.of(s.supervisor());
    String page =
        sup.browser()
            .get(acceptance(s, 1) + "/acceptance")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("id=\"sign-acceptance\"").doesNotContain("id=\"release-payment\"");
    String signed =
        sup.htmx()
            .post(acceptance(s, 1) + "/acceptance/sign")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(signed)
        .contains("data-state=\"AWAITING_CUSTOMER\"")
        .doesNotContain("sign-acceptance");
    // A supervisor may not pay out the homeowner's money.
    sup.htmx().post(acceptance(s, 1) + "/release").then().statusCode(403);

    PortalSession owner = PortalSession.of(s.customer());
    String accepted =
        owner
            .htmx()
            .post(acceptance(s, 1) + "/acceptance/sign")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(accepted).contains("data-state=\"SIGNED\"").contains("id=\"release-payment\"");
    // The filed record's evidence receipt, for the homeowner to keep.
    assertThat(accepted)
        .contains("id=\"evidence-receipt\"")
        .contains("sitehub-evidence-receipt/1 " + s.projectId() + " ");
    assertThat(signed).doesNotContain("evidence-receipt");
    String released =
        owner
            .htmx()
            .post(acceptance(s, 1) + "/release")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(released).contains("data-released=\"true\"").contains("id=\"payment-released\"");
    // A second click replays the same key: still one release on the statement.
    owner.htmx().post(acceptance(s, 1) + "/release").then().statusCode(200);
    ProjectJourney.as(s.customerToken())
        .get(ProjectJourney.base(s) + "/ledger/statement")
        .then()
        .statusCode(200)
        .body("stages[0].released", org.hamcrest.Matchers.equalTo(true))
        .body(
            "transactions.findAll { it.kind == 'STAGE_RELEASE' }.size()",
            org.hamcrest.Matchers.equalTo(1));
  }

  @Test
  void acceptancePage_noRecordYet_404Page() throws Exception {
    Site s = journey.funded();
    PortalSession.of(s.customer())
        .browser()
        .get(acceptance(s, 2) + "/acceptance")
        .then()
        .statusCode(404)
        .contentType("text/html");
  }

  @Test
  void deposit_badAmount_422ErrorNextToFieldInChinese() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("amount", "12.345")
            .formParam("key", "k-" + s.projectId())
            .post("/portal/projects/" + s.projectId() + "/payments/deposits")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-invalid=\"true\"")
        .contains("value=\"12.345\"")
        .contains("<p class=\"field-error\" id=\"deposit-amount-error\">请输入大于零、最多两位小数的金额（元）。</p>");
  }

  @Test
  void deposit_aboveContractOrEmpty_422ErrorNextToFieldInEnglish() throws Exception {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    String above =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("amount", "99999")
            .formParam("key", "k1-" + s.projectId())
            .post("/portal/projects/" + s.projectId() + "/payments/deposits")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(above)
        .contains("id=\"deposit-amount-error\">Deposits may not exceed the contract total.<");
    String empty =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("amount", " ")
            .formParam("key", "k2-" + s.projectId())
            .post("/portal/projects/" + s.projectId() + "/payments/deposits")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(empty).contains("id=\"deposit-amount-error\">Please fill in this field.<");
  }

  @Test
  void deposit_valid_redirectsToPaymentsAndReplayPostsOnce() throws Exception {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    String key = "k-" + s.projectId();
    java.util.List<String> redirects = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Response r =
          owner
              .htmx()
              .formParam("amount", "1000.50")
              .formParam("key", key)
              .post("/portal/projects/" + s.projectId() + "/payments/deposits");
      assertThat(r.statusCode()).isEqualTo(200);
      // A new address per deposit, so htmx reloads fresh totals and an empty amount field.
      assertThat(r.getHeader("HX-Redirect"))
          .matches("/portal/projects/" + s.projectId() + "\\?deposit=txn-[a-z0-9]+#payments");
      redirects.add(r.getHeader("HX-Redirect"));
    }
    // The replay names the same transaction: it posted once.
    assertThat(redirects.get(1)).isEqualTo(redirects.get(0));
    ProjectJourney.as(s.customerToken())
        .get(ProjectJourney.base(s) + "/ledger/statement")
        .then()
        .body(
            "depositedFen",
            org.hamcrest.Matchers.equalTo((int) (ProjectJourney.DEPOSIT_FEN + 100_050)));
  }

  @Test
  void deposit_withoutCsrfOrBySupervisor_403() throws Exception {
    Site s = journey.funded();
    PortalSession.of(s.customer())
        .browser()
        .formParam("amount", "10")
        .post("/portal/projects/" + s.projectId() + "/payments/deposits")
        .then()
        .statusCode(403);
    PortalSession.of(s.supervisor())
        .htmx()
        .formParam("amount", "10")
        .post("/portal/projects/" + s.projectId() + "/payments/deposits")
        .then()
        .statusCode(403)
        .contentType("text/html");
  }
}
