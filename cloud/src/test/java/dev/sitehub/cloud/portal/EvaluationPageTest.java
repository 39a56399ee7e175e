package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.evaluation.EvaluationService;
import dev.sitehub.cloud.evaluation.EvaluationView;
import dev.sitehub.cloud.evaluation.ReplyRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation page over HTTP: closed before the final acceptance, errors next to each bad score,
 * a stored evaluation shown escaped with the enterprise's reply, CSRF and outsiders.
 */
@QuarkusTest
class EvaluationPageTest {
  @Inject ProjectJourney journey;
  @Inject LifecycleMatrix lifecycle;
  @Inject TestUsers users;
  @Inject EvaluationService evaluations;
  @Inject ProjectService projects;

  private static String page(Site s) {
    return "/portal/projects/" + s.projectId() + "/evaluation";
  }

  private Site finallyAccepted() {
    Site s = journey.funded();
    lifecycle.record(s.projectId(), 0, "SIGNED", Duration.ZERO);
    return s;
  }

  private List<EvaluationView> stored(Site s) {
    return evaluations.forProject(projects.get(s.projectId()));
  }

  private static RequestSpecification rating(
      RequestSpecification r, Site s, String quality, String schedule, String text) {
    return r.formParam("targetKind", "ENTERPRISE")
        .formParam("targetId", s.deco().id())
        .formParam("quality", quality)
        .formParam("schedule", schedule)
        .formParam("communication", "4")
        .formParam("tidiness", "5")
        .formParam("text", text);
  }

  @Test
  void page_beforeFinalAcceptance_saysNotOpenAndHasNoForm() {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "en")
            .get(page(s))
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("Evaluation opens once the final acceptance is signed.")
        .contains("data-target=\"ENTERPRISE:" + s.deco().id() + "\"")
        .contains("data-target=\"STAFF:" + s.pm().userId() + "\"")
        .doesNotContain("class=\"evaluation-form\"");
  }

  @Test
  void rate_missingAndOutOfRangeScores_422ErrorsNextToFieldsNothingStored() {
    Site s = finallyAccepted();
    String html =
        rating(PortalSession.of(s.customer()).htmx(), s, "", "7", "fine")
            .header("Accept-Language", "en")
            .post(page(s))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("class=\"evaluation-form\"")
        .contains("id=\"t0-quality-error\">Please fill in this field.</p>")
        .contains("id=\"t0-schedule-error\">Enter a whole number from 1 to 5.</p>")
        .contains("aria-describedby=\"t0-schedule-error\"")
        .doesNotContain("t0-communication-error")
        .contains("value=\"7\"");
    assertThat(stored(s)).isEmpty();
  }

  @Test
  void rate_customer_storedAndShownEscapedWithReply() {
    Site s = finallyAccepted();
    PortalSession owner = PortalSession.of(s.customer());
    String html =
        rating(owner.htmx(), s, "5", "3", "<script>alert(1)</script> tidy crew")
            .post(page(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"t0-evaluation\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; tidy crew")
        .doesNotContain("<script>alert");
    List<EvaluationView> rows = stored(s);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).quality()).isEqualTo(5);
    assertThat(rows.get(0).schedule()).isEqualTo(3);
    evaluations.reply(
        rows.get(0).evaluationId(), new ReplyRequest("Thank you <3"), s.deco().admin().userId());
    String page =
        owner
            .browser()
            .header("Accept-Language", "zh-CN")
            .get(page(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("企业回复").contains("Thank you &lt;3");
    String again =
        rating(owner.htmx(), s, "5", "3", "again")
            .header("Accept-Language", "en")
            .post(page(s))
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(again).contains("You have already evaluated this one.");
    assertThat(stored(s)).hasSize(1);
  }

  @Test
  void page_otherHomeownerOrNoCsrf_403AndNothingStored() {
    Site s = finallyAccepted();
    PortalSession other = PortalSession.of(users.user(Role.HOMEOWNER));
    other.browser().get(page(s)).then().statusCode(403).contentType("text/html");
    rating(other.htmx(), s, "1", "1", "x").post(page(s)).then().statusCode(403);
    rating(PortalSession.of(s.customer()).browser(), s, "5", "5", "x")
        .post(page(s))
        .then()
        .statusCode(403);
    assertThat(stored(s)).isEmpty();
  }
}
