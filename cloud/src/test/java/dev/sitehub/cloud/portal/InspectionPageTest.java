package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.ProjectJourney.as;
import static dev.sitehub.cloud.portal.ProjectJourney.base;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.inspections.BallWith;
import dev.sitehub.cloud.inspections.Checklist;
import dev.sitehub.cloud.inspections.ChecklistItem;
import dev.sitehub.cloud.inspections.InspectionService;
import dev.sitehub.cloud.inspections.InspectionView;
import dev.sitehub.cloud.inspections.Rectification;
import dev.sitehub.cloud.inspections.RectificationService;
import dev.sitehub.cloud.inspections.RectificationState;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stage page (milestone controls, the supervisor's checklist with photos) and the rectification
 * list over HTTP against the real database: the happy path, refusals and bad fields in the viewer's
 * language next to the field, wrong roles and outsiders, and nothing lost on error.
 */
@QuarkusTest
class InspectionPageTest {
  static final byte[] PNG = Base64.getDecoder().decode(DesignPageTest.PNG);
  static final List<String> CODES =
      Checklist.PLUMBING_ELECTRICAL.items().stream().map(ChecklistItem::code).toList();

  @Inject ProjectJourney journey;
  @Inject TestUsers users;
  @Inject ProjectService projects;
  @Inject MilestoneService milestones;
  @Inject InspectionService inspections;
  @Inject RectificationService rectifications;

  static String stage(Site s) {
    return "/portal/projects/" + s.projectId() + "/milestones/1";
  }

  static String tasks(Site s) {
    return "/portal/projects/" + s.projectId() + "/rectifications";
  }

  private Project project(Site s) {
    return projects.get(s.projectId());
  }

  private Milestone milestone(Site s) {
    return milestones.get(project(s), 1);
  }

  private List<InspectionView> stored(Site s) {
    return inspections.forStage(project(s), 1);
  }

  private List<Rectification> tasksOf(Site s) {
    return rectifications.list(project(s));
  }

  /** A funded project whose stage 1 (plumbing and electrical) is ready for inspection. */
  private Site ready() {
    Site s = journey.funded();
    as(s.pmToken()).post(base(s) + "/milestones/1/start").then().statusCode(200);
    as(s.pmToken()).post(base(s) + "/milestones/1/ready").then().statusCode(200);
    return s;
  }

  /** The checklist with every item passed except the first, failed with a note and a photo. */
  static RequestSpecification firstFails(RequestSpecification r) {
    RequestSpecification req =
        r.multiPart("result-" + CODES.get(0), "FAIL")
            .multiPart("note-" + CODES.get(0), "pressure <b>dropped</b> 0.1 MPa")
            .multiPart("photo-" + CODES.get(0), "gauge.png", PNG, "image/png");
    for (String code : CODES.subList(1, CODES.size())) {
      req = req.multiPart("result-" + code, "PASS").multiPart("note-" + code, "");
    }
    return req;
  }

  /** Stage 1 inspected with its first item failed, through the page; returns the task id. */
  private String failedInspection(Site s) {
    firstFails(PortalSession.of(s.supervisor()).htmx())
        .post(stage(s) + "/inspections")
        .then()
        .statusCode(200);
    return tasksOf(s).get(0).rectificationId();
  }

  @Test
  void inspect_supervisorFailsAnItemWithPhoto_stageInRectificationAndTaskWithPm() {
    Site s = ready();
    String html =
        firstFails(PortalSession.of(s.supervisor()).htmx().header("Accept-Language", "en"))
            .post(stage(s) + "/inspections")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-state=\"RECTIFICATION\"")
        .contains("pressure &lt;b&gt;dropped&lt;/b&gt; 0.1 MPa")
        .doesNotContain("<b>dropped")
        .doesNotContain("id=\"submit-inspection\"");
    assertThat(milestone(s).state()).isEqualTo(MilestoneState.RECTIFICATION);
    InspectionView filed = stored(s).get(0);
    assertThat(filed.passed()).isFalse();
    assertThat(filed.items())
        .filteredOn(i -> i.code().equals(CODES.get(0)))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.result()).isEqualTo("FAIL");
              assertThat(i.photoKey()).endsWith(".png");
            });
    assertThat(tasksOf(s))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.itemCode()).isEqualTo(CODES.get(0));
              assertThat(t.ballWith()).isEqualTo(BallWith.PROJECT_MANAGER);
            });
    String list =
        PortalSession.of(s.supervisor())
            .browser()
            .header("Accept-Language", "en")
            .get(tasks(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String id = tasksOf(s).get(0).rectificationId();
    assertThat(list)
        .contains("data-ball=\"PROJECT_MANAGER\"")
        .contains("Project manager: fix")
        .doesNotContain("id=\"close-" + id + "\"")
        .doesNotContain("id=\"fix-" + id + "\"");
  }

  @Test
  void inspect_missingResultTooLargeAndNonImagePhotos_422UnderFieldsNothingStored() {
    Site s = ready();
    byte[] huge = new byte[300 * 1024];
    System.arraycopy(PNG, 0, huge, 0, PNG.length);
    RequestSpecification req =
        PortalSession.of(s.supervisor())
            .htmx()
            .header("Accept-Language", "en")
            .multiPart("note-" + CODES.get(0), "kept as typed")
            .multiPart("result-" + CODES.get(1), "PASS")
            .multiPart("photo-" + CODES.get(1), "big.png", huge, "image/png")
            .multiPart("result-" + CODES.get(2), "PASS")
            .multiPart("photo-" + CODES.get(2), "notes.txt", "hello".getBytes(), "text/plain")
            .multiPart("result-" + CODES.get(3), "NOT_APPLICABLE");
    String html = req.post(stage(s) + "/inspections").then().statusCode(422).extract().asString();
    assertThat(html)
        .contains(
            "<p class=\"field-error\" id=\"result-"
                + CODES.get(0)
                + "-error\">Choose pass, fail or not applicable.</p>")
        .contains(
            "<p class=\"field-error\" id=\"photo-"
                + CODES.get(1)
                + "-error\">The photo is too large.</p>")
        .contains(
            "<p class=\"field-error\" id=\"photo-"
                + CODES.get(2)
                + "-error\">Only JPEG or PNG photos are accepted.</p>")
        .contains(">kept as typed</textarea>")
        .contains("id=\"result-" + CODES.get(3) + "-na\" checked");
    String zh =
        PortalSession.of(s.supervisor())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .multiPart("result-" + CODES.get(1), "PASS")
            .post(stage(s) + "/inspections")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(zh).contains("id=\"result-" + CODES.get(0) + "-error\">请选择合格、不合格或不适用。</p>");
    assertThat(stored(s)).isEmpty();
    assertThat(milestone(s).state()).isEqualTo(MilestoneState.READY_FOR_INSPECTION);
  }

  @Test
  void pages_wrongRole_403PageAndNothingChanged() {
    Site s = ready();
    String html =
        firstFails(PortalSession.of(s.pm()).htmx())
            .post(stage(s) + "/inspections")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"");
    PortalSession.of(s.supervisor())
        .htmx()
        .formParam("plannedEnd", "2027-01-31")
        .post(stage(s) + "/plan")
        .then()
        .statusCode(403);
    PortalSession.of(s.customer()).htmx().post(stage(s) + "/start").then().statusCode(403);
    assertThat(stored(s)).isEmpty();
    assertThat(milestone(s).plannedEnd()).isNull();
    String id = failedInspection(s);
    PortalSession.of(s.supervisor())
        .htmx()
        .formParam("note", "I fixed it myself")
        .post(tasks(s) + "/" + id + "/fixed")
        .then()
        .statusCode(403);
    assertThat(tasksOf(s).get(0).state()).isEqualTo(RectificationState.OPEN);
  }

  @Test
  void pages_nonMember_403PageAndNothingStored() {
    Site s = ready();
    PortalSession outsider = PortalSession.of(users.user(Role.SUPERVISOR));
    outsider.browser().get(stage(s)).then().statusCode(403).contentType("text/html");
    outsider.browser().get(tasks(s)).then().statusCode(403).contentType("text/html");
    firstFails(outsider.htmx()).post(stage(s) + "/inspections").then().statusCode(403);
    PortalSession.of(users.user(Role.PROJECT_MANAGER))
        .htmx()
        .post(stage(s) + "/start")
        .then()
        .statusCode(403);
    assertThat(stored(s)).isEmpty();
    assertThat(milestone(s).state()).isEqualTo(MilestoneState.READY_FOR_INSPECTION);
  }

  @Test
  void rectification_pmFixesWithNote_onlyTheSupervisorCloses() {
    Site s = ready();
    String id = failedInspection(s);
    PortalSession pm = PortalSession.of(s.pm());
    String empty =
        pm.htmx()
            .header("Accept-Language", "en")
            .formParam("note", "  ")
            .post(tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(empty)
        .contains(
            "<p class=\"field-error\" id=\"fix-note-"
                + id
                + "-error\">Please fill in this field.</p>");
    assertThat(tasksOf(s).get(0).state()).isEqualTo(RectificationState.OPEN);
    String fixed =
        pm.htmx()
            .header("Accept-Language", "en")
            .formParam("note", "re-crimped the joint, <i>held</i> 30 min")
            .post(tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(fixed)
        .contains("data-ball=\"SUPERVISOR\"")
        .contains("re-crimped the joint, &lt;i&gt;held&lt;/i&gt; 30 min");
    pm.htmx().post(tasks(s) + "/" + id + "/close").then().statusCode(403);
    PortalSession.of(s.customer())
        .htmx()
        .post(tasks(s) + "/" + id + "/close")
        .then()
        .statusCode(403);
    assertThat(tasksOf(s).get(0).state()).isEqualTo(RectificationState.FIXED);
    String closed =
        PortalSession.of(s.supervisor())
            .htmx()
            .post(tasks(s) + "/" + id + "/close")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(closed).contains("data-state=\"CLOSED\"").contains("data-ball=\"NOBODY\"");
    Rectification t = tasksOf(s).get(0);
    assertThat(t.state()).isEqualTo(RectificationState.CLOSED);
    assertThat(t.closedBy()).isEqualTo(s.supervisor().userId());
    String again =
        PortalSession.of(s.supervisor())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .post(tasks(s) + "/" + id + "/close")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(again).contains("此整改单状态已变化，以下为最新状态。");
  }

  @Test
  void milestone_pmStartsPlansAndReadies_refusalsAndBadDatesLocalized() {
    Site s = journey.funded();
    PortalSession pm = PortalSession.of(s.pm());
    String early =
        pm.htmx()
            .header("Accept-Language", "zh-CN")
            .post(stage(s) + "/ready")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(early).contains("id=\"controls-error\">此阶段当前状态下不能进行该操作。</p>");
    assertThat(milestone(s).state()).isEqualTo(MilestoneState.PLANNED);
    String bad =
        pm.htmx()
            .header("Accept-Language", "en")
            .formParam("plannedStart", "2027-02-10")
            .formParam("plannedEnd", "2027-02-01")
            .post(stage(s) + "/plan")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(bad)
        .contains(
            "<p class=\"field-error\" id=\"planned-end-error\">The end date is required and may"
                + " not precede the start date.</p>")
        .contains("value=\"2027-02-10\"");
    String notADate =
        pm.htmx()
            .header("Accept-Language", "en")
            .formParam("plannedStart", "next week")
            .formParam("plannedEnd", "2027-02-01")
            .post(stage(s) + "/plan")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(notADate)
        .contains(
            "<p class=\"field-error\" id=\"planned-start-error\">Enter a date as YYYY-MM-DD.</p>");
    assertThat(milestone(s).plannedEnd()).isNull();
    pm.htmx()
        .formParam("plannedStart", "2027-02-01")
        .formParam("plannedEnd", "2027-02-20")
        .post(stage(s) + "/plan")
        .then()
        .statusCode(200);
    assertThat(milestone(s).plannedEnd()).isEqualTo(LocalDate.of(2027, 2, 20));
    assertThat(pm.htmx().post(stage(s) + "/start").then().statusCode(200).extract().asString())
        .contains("data-state=\"IN_PROGRESS\"")
        .contains("id=\"ready-stage\"");
    pm.htmx().post(stage(s) + "/ready").then().statusCode(200);
    assertThat(milestone(s).state()).isEqualTo(MilestoneState.READY_FOR_INSPECTION);
  }

  @Test
  void inspect_plainMultipartFormWithCsrfField_worksWithoutJavaScript_elseRefused() {
    Site s = ready();
    PortalSession sup = PortalSession.of(s.supervisor());
    firstFails(sup.browser()).post(stage(s) + "/inspections").then().statusCode(403);
    assertThat(stored(s)).isEmpty();
    String page =
        firstFails(sup.browser().multiPart("_csrf", sup.csrf()))
            .post(stage(s) + "/inspections")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("<html").contains("data-state=\"RECTIFICATION\"");
    assertThat(stored(s)).hasSize(1);
  }

  @Test
  void timeline_linksEachStageAndTheRectifications() {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.pm())
            .browser()
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("href=\"" + stage(s) + "\" id=\"open-stage-1\"")
        .contains("href=\"" + tasks(s) + "\" id=\"open-rectifications\"");
  }
}
