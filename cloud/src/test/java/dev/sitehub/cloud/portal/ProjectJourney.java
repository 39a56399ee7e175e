package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.protocol.message.SensorKind;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives a real project (contract signed and filed through the API) to the point where a stage's
 * acceptance waits for signatures, the way its people would through the JSON API: deposit, start,
 * ready, a closed-water test backed by generated leak-sensor telemetry, an inspection, assembly.
 */
@ApplicationScoped
public class ProjectJourney {
  static final long TOTAL_FEN = 10_000_000L;
  static final long DEPOSIT_FEN = 4_000_000L;

  private final LifecycleFixtures fixtures;

  public ProjectJourney(LifecycleFixtures fixtures) {
    this.fixtures = fixtures;
  }

  /** A new project with a deposit; no stage started. */
  Site funded() {
    Site s = fixtures.project(TOTAL_FEN);
    as(s.customerToken())
        .header("Idempotency-Key", "dep-" + UUID.randomUUID())
        .body(Map.of("amountFen", DEPOSIT_FEN))
        .post(base(s) + "/ledger/deposits")
        .then()
        .statusCode(200);
    return s;
  }

  /**
   * Stage 1 started, ready, passed with {@code note} on every item, its closed-water test dry for
   * 48 h, and its acceptance record assembled: it waits for the supervisor's signature.
   */
  Site awaitingSignatures(String note) throws SQLException {
    Site s = funded();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant start = now.minus(Duration.ofHours(49));
    fixtures.writeSeries(
        s.siteId(), "leak1", SensorKind.DIGITAL, start, now, Duration.ofMinutes(10), m -> 0);
    as(s.pmToken()).post(base(s) + "/milestones/1/start").then().statusCode(200);
    as(s.pmToken()).post(base(s) + "/milestones/1/ready").then().statusCode(200);
    List<Map<String, Object>> items = new ArrayList<>();
    for (String code : checklist(s, "PLUMBING_ELECTRICAL")) {
      items.add(Map.of("code", code, "result", "PASS", "note", note));
    }
    as(s.supervisorToken())
        .body(Map.of("items", items))
        .post(base(s) + "/milestones/1/inspections")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(
            Map.of(
                "kind",
                "CLOSED_WATER",
                "sensorId",
                "leak1",
                "startedAt",
                start.toString(),
                "hours",
                48))
        .post(base(s) + "/stages/1/criteria")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(Map.of())
        .post(base(s) + "/stages/1/acceptance")
        .then()
        .statusCode(201);
    return s;
  }

  static String base(Site s) {
    return "/api/projects/" + s.projectId();
  }

  static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static List<String> checklist(Site s, String name) {
    return as(s.customerToken())
        .get("/api/checklists")
        .then()
        .statusCode(200)
        .extract()
        .path(name + ".code");
  }
}
