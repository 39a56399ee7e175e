package dev.sitehub.cloud.milestones;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.TestFrames;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.message.FrameReason;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A time-lapse over a milestone's dates takes exactly the stills of the days the stage ran. */
@QuarkusTest
class MilestoneTimelapseTest {
  private static final LocalDate DAY0 = LocalDate.of(2026, 10, 1);

  @Inject TestUsers users;
  @Inject LifecycleMatrix lifecycle;
  @Inject SnapshotArchive archive;
  @Inject AgroalDataSource db;

  private UserAccount owner;
  private Site site;
  private String project;
  private String token;

  @BeforeEach
  void project() {
    owner = users.user(Role.HOMEOWNER);
    site = users.siteWith(owner);
    project = lifecycle.project(site.siteId(), owner.userId());
    token = TestUsers.token(owner);
  }

  @Test
  void timelapse_startedAndFinishedMilestone_rendersOnlyTheStagesDays() throws Exception {
    for (int d = 0; d < 12; d++) {
      archive.archive(
          site.siteId(),
          "dev1",
          TestFrames.frame(
              "cam1",
              DAY0.plusDays(d).atTime(12, 0).toInstant(ZoneOffset.UTC),
              d,
              FrameReason.DAILY,
              TestFrames.jpeg(320, 180, d * 20)));
    }
    // The stage ran from day 2 (morning) to day 6 (evening): five daily stills.
    dates(1, at(2, 2), at(6, 22));

    Response created = post(1, Map.of("cameraId", "cam1", "fps", 5));
    created
        .then()
        .statusCode(202)
        .body("from", equalTo("2026-10-03"))
        .body("to", equalTo("2026-10-07"));
    String location = java.net.URI.create(created.header("Location")).getPath();
    assertThat(location).startsWith("/api/sites/" + site.siteId() + "/timelapses/");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"queued running".contains(job(location).path("status").toString()));
    Response done = job(location);
    assertThat(done.<String>path("status")).isEqualTo("done");
    assertThat(done.<Integer>path("framesTotal")).isEqualTo(5);
  }

  @Test
  void timelapse_milestoneNeitherStartedNorPlanned_conflict() {
    post(2, Map.of("cameraId", "cam1"))
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("milestone-not-started"));
  }

  @Test
  void timelapse_missingCameraOrBadReason_badRequest() {
    dates(1, at(2, 2), at(6, 22));
    post(1, Map.of("fps", 5)).then().statusCode(400);
    post(1, Map.of("cameraId", "cam1", "reasons", java.util.List.of("motion")))
        .then()
        .statusCode(400);
    post(1, Map.of("cameraId", "cam1", "fps", 500)).then().statusCode(400);
  }

  @Test
  void timelapse_notAMemberOfTheProject_forbidden() {
    UserAccount stranger = users.user(Role.HOMEOWNER);
    given()
        .auth()
        .oauth2(TestUsers.token(stranger))
        .contentType(ContentType.JSON)
        .body(Map.of("cameraId", "cam1"))
        .post("/api/projects/" + project + "/milestones/1/timelapse")
        .then()
        .statusCode(403);
  }

  private Response post(int seq, Map<String, ?> body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/projects/" + project + "/milestones/" + seq + "/timelapse");
  }

  private Response job(String location) {
    return given().auth().oauth2(token).get(location).then().statusCode(200).extract().response();
  }

  private static Instant at(int day, int hour) {
    return DAY0.plusDays(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  private void dates(int seq, Instant start, Instant end) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE milestone SET actual_start = ?, actual_end = ? WHERE project_id = ? AND"
                    + " seq = ?")) {
      ps.setTimestamp(1, Timestamp.from(start));
      ps.setTimestamp(2, Timestamp.from(end));
      ps.setString(3, project);
      ps.setInt(4, seq);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
