package dev.sitehub.cloud.milestones;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestClock;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertEngine;
import dev.sitehub.cloud.alerts.AlertStatus;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.StalledSiteHook;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Milestones feeding the alert engine on a real project, with the controllable clock: the stalled
 * site hook expects work only while a stage is being worked on, and a stage past its planned end
 * raises one MILESTONE_OVERDUE alert that resolves when the stage is accepted.
 */
@QuarkusTest
class MilestoneAlertsTest {
  @Inject LifecycleFixtures fixtures;
  @Inject TestClock clock;
  @Inject AlertEngine engine;
  @Inject AlertStore store;
  @Inject StalledSiteHook hook;
  @Inject SiteService sites;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private List<Alert> overdue(Site s) {
    return store.list(s.siteId(), null, null, "milestone-overdue", 100);
  }

  @Test
  void stalledSiteHook_stageInProgress_expectsWorkFromItsStartOnly() {
    Site s = fixtures.project(1_000_000L);
    String base = "/api/projects/" + s.projectId() + "/milestones";
    // The hook counts days in the site's time zone: a UTC date fails from 16:00 UTC in Shanghai.
    LocalDate today = LocalDate.now(ZoneId.of(sites.get(s.siteId()).timezone()));
    as(s.customerToken()).get(base).then().statusCode(200);
    assertThat(hook).isInstanceOf(WorkInProgressHook.class);
    assertThat(hook.expectsActivity(s.siteId(), today)).isFalse();

    as(s.pmToken()).post(base + "/1/start").then().statusCode(200);
    assertThat(hook.expectsActivity(s.siteId(), today)).isTrue();
    assertThat(hook.expectsActivity(s.siteId(), today.minusDays(2))).isFalse();
    assertThat(hook.expectsActivity("site-without-project", today)).isFalse();

    as(s.pmToken()).post(base + "/1/ready").then().statusCode(200);
    assertThat(hook.expectsActivity(s.siteId(), today)).isFalse();
  }

  @Test
  void overdueStage_plannedEndPassed_oneAlertForSupervisorUntilAccepted() {
    Site s = fixtures.project(1_000_000L);
    String prj = "/api/projects/" + s.projectId();
    LocalDate end = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    as(s.pmToken())
        .body(Map.of("plannedStart", end.minusDays(5).toString(), "plannedEnd", end.toString()))
        .put(prj + "/milestones/1/plan")
        .then()
        .statusCode(200);
    as(s.pmToken()).post(prj + "/milestones/1/start").then().statusCode(200);

    clock.setNow(end.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12)));
    engine.checkTimeouts(clock.instant());
    assertThat(overdue(s)).as("due today is not overdue yet").isEmpty();

    clock.setNow(end.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
    engine.checkTimeouts(clock.instant());
    engine.checkTimeouts(clock.instant().plusSeconds(15));
    assertThat(overdue(s))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
              assertThat(a.occurrences()).isEqualTo(1);
              assertThat(a.source()).isEqualTo("deadline/" + s.projectId() + "/1");
              assertThat(a.detail().when()).isEqualTo(String.valueOf(end));
            });
    as(s.supervisorToken())
        .get("/api/sites/" + s.siteId() + "/alerts")
        .then()
        .statusCode(200)
        .body("find { it.type == 'milestone-overdue' }.status", equalTo("OPEN"));

    accept(s, 1);
    engine.checkTimeouts(clock.instant().plusSeconds(30));
    assertThat(overdue(s))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
              assertThat(a.resolvedBy()).isEqualTo("system");
            });
  }

  /** Ready, inspected all-pass, assembled, signed by the supervisor then the customer. */
  private static void accept(Site s, int seq) {
    String prj = "/api/projects/" + s.projectId();
    as(s.pmToken()).post(prj + "/milestones/" + seq + "/ready").then().statusCode(200);
    String checklist =
        as(s.customerToken()).get(prj + "/milestones").path("[" + (seq - 1) + "].checklist");
    List<String> codes = as(s.customerToken()).get("/api/checklists").path(checklist + ".code");
    List<Map<String, Object>> items = new ArrayList<>();
    for (String code : codes) {
      items.add(new HashMap<>(Map.of("code", code, "result", "PASS")));
    }
    as(s.supervisorToken())
        .body(Map.of("items", items))
        .post(prj + "/milestones/" + seq + "/inspections")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(Map.of())
        .post(prj + "/stages/" + seq + "/acceptance")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .post(prj + "/stages/" + seq + "/acceptance/sign")
        .then()
        .statusCode(200);
    as(s.customerToken()).post(prj + "/stages/" + seq + "/acceptance/sign").then().statusCode(200);
  }
}
