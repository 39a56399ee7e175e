package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.ProjectJourney.as;
import static dev.sitehub.cloud.portal.ProjectJourney.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.inspections.StageItems;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (parts 3 and 5) against the real database: the stage type chosen in the contract picks
 * the stage's checklist (never its name), both pages name the type in the viewer's language, the
 * supervisor adds items, and a waterproofing stage gets the closed-water test from the site's leak
 * sensor by default, which the supervisor may turn off only with a reason.
 */
@QuarkusTest
class StageTypeTest {
  static final List<Map<String, Object>> STAGES =
      List.of(
          Map.of("name", "木作油漆", "shareBp", 5000, "type", "CARPENTRY"),
          Map.of("name", "卫生间防水", "shareBp", 3000, "type", "WATERPROOFING"),
          Map.of("name", "竣工", "shareBp", 2000, "type", "COMPLETION"));

  @Inject LifecycleFixtures fixtures;
  @Inject ProjectService projects;
  @Inject StageItems items;
  @Inject Db db;

  private static String stage(Site s, int seq) {
    return "/portal/projects/" + s.projectId() + "/milestones/" + seq;
  }

  private String page(Site s, int seq, String lang) {
    return PortalSession.of(s.supervisor())
        .browser()
        .header("Accept-Language", lang)
        .get(stage(s, seq))
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** Verifies that a "木作油漆" stage the contract types as carpentry gets the carpentry list. */
  @Test
  void checklist_stageTypedCarpentryNamedWoodAndPaint_getsCarpentryList() {
    Site s = fixtures.projectWithStages(1_000_000, STAGES);
    assertThat(projects.get(s.projectId()).stages())
        .extracting(st -> st.type())
        .containsExactly(StageType.CARPENTRY, StageType.WATERPROOFING, StageType.COMPLETION);
    assertThat(items.of(projects.get(s.projectId()), 1))
        .extracting(i -> i.code())
        .contains("cw-ceiling", "cw-partition", "cw-fire")
        .doesNotContain("tl-hollow-overall", "pt-surface");
    String zh = page(s, 1, "zh-CN");
    assertThat(zh)
        .contains("data-type=\"CARPENTRY\"")
        .contains("木作")
        .contains("吊顶龙骨平整")
        .contains("GB 50210-2018 §7")
        .doesNotContain("空鼓");
    assertThat(page(s, 1, "en")).contains("Carpentry").contains("Suspended ceiling frame level");
    String contract =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "zh-CN")
            .get("/portal/contracts/" + projects.get(s.projectId()).contractId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(contract).contains("data-type=\"CARPENTRY\"").contains("木作").contains("防水");
  }

  /** Verifies that drafting refuses a stage type the platform does not know, with a typed 400. */
  @Test
  void draft_unknownStageType_refused() {
    List<Map<String, Object>> bad =
        List.of(Map.of("name", "木作", "shareBp", 10000, "type", "WOODWORK"));
    org.junit.jupiter.api.Assertions.assertThrows(
        AssertionError.class, () -> fixtures.projectWithStages(1_000_000, bad));
  }

  /** Verifies that the supervisor's item joins the checklist, and that a blank one is refused. */
  @Test
  void addItem_supervisor_itemShownAlongsideStandardOnes() {
    Site s = fixtures.projectWithStages(1_000_000, STAGES);
    String html =
        PortalSession.of(s.supervisor())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("title", "阳台地漏<b>畅通</b>")
            .post(stage(s, 1) + "/items")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("阳台地漏&lt;b&gt;畅通&lt;/b&gt;").contains("监理添加").contains("吊顶龙骨平整");
    assertThat(items.of(projects.get(s.projectId()), 1))
        .extracting(i -> i.title())
        .contains("阳台地漏<b>畅通</b>");
    String blank =
        PortalSession.of(s.supervisor())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("title", "  ")
            .post(stage(s, 1) + "/items")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(blank).contains("id=\"new-item-error\"");
    PortalSession.of(s.pm())
        .htmx()
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("title", "not mine to add")
        .post(stage(s, 1) + "/items")
        .then()
        .statusCode(403);
  }

  /**
   * Verifies that a started waterproofing stage gets the closed-water test from the site's leak
   * sensor by default, and that turning it off needs a reason, which is kept and audited.
   */
  @Test
  void defaultCriterion_waterproofing_closedWaterFromLeakSensor_offNeedsReason() throws Exception {
    Site s = fixtures.projectWithStages(1_000_000, STAGES);
    Instant now = Instant.now();
    fixtures.writeSeries(
        s.siteId(),
        "leak-bath",
        SensorKind.DIGITAL,
        now.minus(Duration.ofHours(2)),
        now,
        Duration.ofMinutes(10),
        m -> 0);
    as(s.pmToken()).post(base(s) + "/milestones/2/start").then().statusCode(200);
    String criteria = base(s) + "/stages/2/criteria";
    as(s.customerToken())
        .get(criteria + "/declared")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].kind", equalTo("CLOSED_WATER"))
        .body("[0].sensorId", equalTo("leak-bath"))
        .body("[0].byDefault", equalTo(true))
        .body("[0].hours", equalTo(48));
    String id = as(s.customerToken()).get(criteria + "/declared").path("[0].criterionId");
    as(s.customerToken())
        .get(criteria)
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].kind", equalTo("CLOSED_WATER"));
    as(s.supervisorToken())
        .body(Map.of("reason", " "))
        .post(criteria + "/" + id + "/off")
        .then()
        .statusCode(400)
        .body("type", endsWith("reason-required"));
    as(s.pmToken())
        .body(Map.of("reason", "not mine"))
        .post(criteria + "/" + id + "/off")
        .then()
        .statusCode(403);
    as(s.supervisorToken())
        .body(Map.of("reason", "漏水探头已移到厨房"))
        .post(criteria + "/" + id + "/off")
        .then()
        .statusCode(200)
        .body("offReason", equalTo("漏水探头已移到厨房"));
    as(s.customerToken()).get(criteria).then().statusCode(200).body("size()", equalTo(0));
    as(s.customerToken())
        .get(criteria + "/declared")
        .then()
        .body("size()", equalTo(1))
        .body("[0].offReason", equalTo("漏水探头已移到厨房"));
    assertThat(
            db.count(
                "SELECT count(*) FROM audit_event WHERE action = 'CRITERION_TURNED_OFF'"
                    + " AND project_id = ? AND subject = ?",
                s.projectId(),
                id))
        .isEqualTo(1);
  }

  /** Verifies that the site page names readings, units and a leak probe's state in words. */
  @Test
  void sitePage_latestReadings_wordedWithoutCodes() throws Exception {
    Site s = fixtures.projectWithStages(1_000_000, STAGES);
    Instant now = Instant.now();
    Instant from = now.minus(Duration.ofMinutes(20));
    Duration step = Duration.ofMinutes(10);
    fixtures.writeSeries(s.siteId(), "bme", SensorKind.TEMPERATURE, from, now, step, m -> 25.1);
    fixtures.writeSeries(s.siteId(), "bme", SensorKind.AIR_PRESSURE, from, now, step, m -> 1013);
    fixtures.writeSeries(s.siteId(), "leak-bath", SensorKind.DIGITAL, from, now, step, m -> 0);
    String site = "/portal/sites/" + s.siteId();
    String zh =
        PortalSession.of(s.supervisor())
            .browser()
            .header("Accept-Language", "zh-CN")
            .get(site)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String table =
        zh.substring(
            zh.indexOf("id=\"latest\""), zh.indexOf("</table>", zh.indexOf("id=\"latest\"")));
    assertThat(table)
        .contains("<td>温度</td>")
        .contains("25.10 °C")
        .contains("<td>气压</td>")
        .contains("<td>漏水</td>")
        .contains("正常")
        .doesNotContain("degC")
        .doesNotContain("<td>air_pressure</td>")
        .doesNotContain("<td>digital</td>");
    String en =
        PortalSession.of(s.supervisor())
            .browser()
            .header("Accept-Language", "en")
            .get(site)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(en).contains("<td>air pressure</td>").contains("no leak");
  }
}
