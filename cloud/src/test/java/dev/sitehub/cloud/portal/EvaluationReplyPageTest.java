package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.evaluation.EvaluationService;
import dev.sitehub.cloud.evaluation.EvaluationView;
import dev.sitehub.cloud.evaluation.RateRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: the rated company replies to the homeowner's evaluation from the evaluation
 * page, through the same service as {@code POST /api/evaluations/{id}/reply}; only staff who speak
 * for the rated enterprise see the form and may send it; errors in Chinese and English.
 */
@QuarkusTest
class EvaluationReplyPageTest {
  @Inject ProjectJourney journey;
  @Inject LifecycleMatrix lifecycle;
  @Inject EvaluationService evaluations;
  @Inject ProjectService projects;

  private static String page(Site s) {
    return "/portal/projects/" + s.projectId() + "/evaluation";
  }

  /** A finally accepted project whose homeowner rated the decoration company. */
  private EvaluationView rated(Site s) {
    lifecycle.record(s.projectId(), 0, "SIGNED", Duration.ZERO);
    return evaluations.rate(
        projects.get(s.projectId()),
        new RateRequest(RateRequest.TargetKind.ENTERPRISE, s.deco().id(), 4, 3, 4, 5, "ok"),
        s.customer().userId());
  }

  /** Verifies that the company's project manager sees the reply form and the reply is stored. */
  @Test
  void reply_companyStaffZh_formShownAndReplyStored() {
    Site s = journey.funded();
    EvaluationView ev = rated(s);
    PortalSession pm = PortalSession.of(s.pm());
    String page =
        pm.browser()
            .header("Accept-Language", "zh-CN")
            .get(page(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page)
        .contains("action=\"" + page(s) + "/" + ev.evaluationId() + "/reply\"")
        .contains("贵公司的回复");

    String html =
        pm.htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("text", "Thank you <b>all</b>")
            .post(page(s) + "/" + ev.evaluationId() + "/reply")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(html).contains("Thank you &lt;b&gt;all&lt;/b&gt;").doesNotContain("reply-form");
    assertThat(evaluations.forProject(projects.get(s.projectId())).get(0).reply())
        .isEqualTo("Thank you <b>all</b>");
  }

  /** Verifies that an empty reply comes back under the field in English, nothing stored. */
  @Test
  void reply_emptyEn_422UnderField() {
    Site s = journey.funded();
    EvaluationView ev = rated(s);
    String html =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "en")
            .formParam("text", "   ")
            .post(page(s) + "/" + ev.evaluationId() + "/reply")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html).contains("-reply-error\">Please fill in this field.<");
    assertThat(evaluations.forProject(projects.get(s.projectId())).get(0).reply()).isNull();
  }

  /** Verifies that a second reply is refused above the form in English. */
  @Test
  void reply_twiceEn_409AlreadyReplied() {
    Site s = journey.funded();
    EvaluationView ev = rated(s);
    PortalSession pm = PortalSession.of(s.pm());
    pm.htmx().formParam("text", "first").post(page(s) + "/" + ev.evaluationId() + "/reply");
    String html =
        pm.htmx()
            .header("Accept-Language", "en")
            .formParam("text", "second")
            .post(page(s) + "/" + ev.evaluationId() + "/reply")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("Your company has already replied to this evaluation.");
  }

  /**
   * Verifies that the supervisor, a project member who does not speak for the rated company, sees
   * no form and is refused, as by the API; nothing is stored.
   */
  @Test
  void reply_otherCompanysStaff_noForm403() {
    Site s = journey.funded();
    EvaluationView ev = rated(s);
    PortalSession supervisor = PortalSession.of(s.supervisor());
    assertThat(supervisor.browser().get(page(s)).then().statusCode(200).extract().asString())
        .doesNotContain("reply-form");
    supervisor
        .htmx()
        .formParam("text", "not ours")
        .post(page(s) + "/" + ev.evaluationId() + "/reply")
        .then()
        .statusCode(403)
        .contentType("text/html");
    assertThat(evaluations.forProject(projects.get(s.projectId())).get(0).reply()).isNull();
  }
}
