package dev.sitehub.cloud.milestones;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Verifies that starting a milestone marks its payment stage started through the contracts feature
 * (so an amendment keeps it) in the same unit of work, and leaves the other stages pending.
 */
@QuarkusTest
class MilestoneStageStartTest {
  @Inject LifecycleFixtures fixtures;
  @Inject Db db;

  @Test
  void start_firstStage_stageStartedOthersPending() {
    Site s = fixtures.project(1_000_000L);
    given()
        .auth()
        .oauth2(s.pmToken())
        .post("/api/projects/" + s.projectId() + "/milestones/1/start")
        .then()
        .statusCode(200);

    assertThat(
            db.text(
                "SELECT status FROM project_stage WHERE project_id = ? AND seq = 1", s.projectId()))
        .isEqualTo("STARTED");
    assertThat(
            db.count(
                "SELECT count(*) FROM project_stage WHERE project_id = ? AND seq > 1"
                    + " AND status <> 'PENDING'",
                s.projectId()))
        .isZero();
    assertThat(
            db.text("SELECT state FROM milestone WHERE project_id = ? AND seq = 1", s.projectId()))
        .isEqualTo("IN_PROGRESS");
  }
}
