package dev.sitehub.cloud.acceptance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestClock;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.TestFrames;
import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An acceptance record carries the stage's camera stills (one a day, the daily still preferred,
 * plus the newest three), each frozen with its SHA-256, and the verifier rehashes them.
 */
@QuarkusTest
class AcceptanceStillsTest {
  @Inject LifecycleFixtures fixtures;
  @Inject TestClock clock;
  @Inject SnapshotArchive archive;
  @Inject MediaFixtures media;
  @Inject Db db;

  private Site s;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private long still(Instant at, FrameReason reason, int shade) {
    return archive
        .archive(
            s.siteId(),
            media.device(s.siteId()),
            TestFrames.frame(
                MediaFixtures.CAMERA, at, shade, reason, TestFrames.jpeg(64, 48, shade)))
        .orElseThrow()
        .id();
  }

  @Test
  void assemble_stageWithStills_attachesDailyAndLatestFrozenAndVerifierRehashesThem()
      throws Exception {
    s = fixtures.project(1_000_000L);
    String prj = "/api/projects/" + s.projectId();
    Instant day =
        LocalDate.now(ZoneOffset.UTC).minusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant started = day.minus(Duration.ofHours(12));
    as(s.customerToken()).get(prj + "/milestones").then().statusCode(200);
    clock.setNow(started);
    as(s.pmToken()).post(prj + "/milestones/1/start").then().statusCode(200);
    clock.reset();

    still(started.minus(Duration.ofHours(1)), FrameReason.PERIODIC, 101); // before the stage
    long d1 = still(day.plus(Duration.ofHours(9)), FrameReason.PERIODIC, 102);
    still(day.plus(Duration.ofHours(10)), FrameReason.PERIODIC, 103); // not the day's first
    still(day.plus(Duration.ofHours(32)), FrameReason.PERIODIC, 104); // day 2, not its daily
    long d2 = still(day.plus(Duration.ofHours(36)), FrameReason.DAILY, 105);
    long l1 = still(day.plus(Duration.ofHours(57)), FrameReason.MOTION, 106);
    long l2 = still(day.plus(Duration.ofHours(58)), FrameReason.PERIODIC, 107);
    long l3 = still(day.plus(Duration.ofHours(59)), FrameReason.PERIODIC, 108);

    as(s.pmToken()).post(prj + "/milestones/1/ready").then().statusCode(200);
    List<String> codes =
        as(s.customerToken()).get("/api/checklists").path("PLUMBING_ELECTRICAL.code");
    List<Map<String, Object>> items = new ArrayList<>();
    for (String code : codes) {
      items.add(new HashMap<>(Map.of("code", code, "result", "PASS")));
    }
    as(s.supervisorToken())
        .body(Map.of("items", items))
        .post(prj + "/milestones/1/inspections")
        .then()
        .statusCode(201);
    Response rec = as(s.supervisorToken()).body(Map.of()).post(prj + "/stages/1/acceptance");
    rec.then().statusCode(201);
    List<Number> ids = rec.path("stills.snapshotId");
    assertThat(ids.stream().map(Number::longValue).toList()).containsExactly(d1, d2, l1, l2, l3);
    List<String> keys = rec.path("stills.key");
    List<String> shas = rec.path("stills.sha256");
    for (int i = 0; i < keys.size(); i++) {
      assertThat(keys.get(i)).isEqualTo(shas.get(i) + ".jpeg");
    }
    assertThat(shas.get(1))
        .isEqualTo(db.text("SELECT sha256 FROM media_snapshot WHERE id = ?", d2));

    as(s.supervisorToken()).post(prj + "/stages/1/acceptance/sign").then().statusCode(200);
    as(s.customerToken())
        .post(prj + "/stages/1/acceptance/sign")
        .then()
        .statusCode(200)
        .body("stills.size()", equalTo(5));
    String recordId = rec.path("recordId");
    as(s.customerToken()).get(prj + "/evidence/verify").then().body("intact", equalTo(true));

    Path file =
        Path.of(
            ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class),
            keys.get(3));
    byte[] original = Files.readAllBytes(file);
    byte[] altered = original.clone();
    altered[altered.length / 2] ^= 0x01;
    Files.write(file, altered);
    try {
      as(s.customerToken())
          .get(prj + "/evidence/verify")
          .then()
          .body("intact", equalTo(false))
          .body("brokenKind", equalTo("ACCEPTANCE_RECORD"))
          .body("brokenRecordId", equalTo(recordId))
          .body("reason", equalTo("media " + keys.get(3) + " was altered"));
    } finally {
      Files.write(file, original);
    }
    as(s.customerToken()).get(prj + "/evidence/verify").then().body("intact", equalTo(true));
  }
}
