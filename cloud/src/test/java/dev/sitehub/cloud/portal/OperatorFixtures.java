package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Projects in the states the operator pages work on, built through the real JSON API. */
@ApplicationScoped
public class OperatorFixtures {
  private final LifecycleFixtures lifecycle;

  public OperatorFixtures(LifecycleFixtures lifecycle) {
    this.lifecycle = lifecycle;
  }

  /** A filed project with money in escrow and an open dispute raised by the customer. */
  public Site disputed(String reason) {
    Site s = lifecycle.project(1_000_000L);
    String base = "/api/projects/" + s.projectId();
    given()
        .auth()
        .oauth2(s.customerToken())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "dep-" + s.projectId())
        .body(Map.of("amountFen", 500_000))
        .post(base + "/ledger/deposits")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(s.customerToken())
        .contentType(ContentType.JSON)
        .body(Map.of("amountFen", 0, "reason", reason))
        .post(base + "/disputes")
        .then()
        .statusCode(201);
    return s;
  }

  /**
   * A project whose stage 1 is ready with a passed inspection and a closed-water criterion that
   * cannot pass yet (its 48 h window has only just begun), so assembling needs an override.
   */
  public Site readyWithPendingCriterion() {
    Site s = lifecycle.project(1_000_000L);
    String base = "/api/projects/" + s.projectId();
    for (String action : List.of("start", "ready")) {
      as(s.pmToken()).post(base + "/milestones/1/" + action).then().statusCode(200);
    }
    List<String> codes =
        as(s.customerToken())
            .get("/api/checklists")
            .then()
            .statusCode(200)
            .extract()
            .path("PLUMBING_ELECTRICAL.code");
    List<Map<String, Object>> items =
        codes.stream()
            .map(code -> Map.<String, Object>of("code", code, "result", "PASS", "note", "ok"))
            .toList();
    as(s.supervisorToken())
        .body(Map.of("items", items))
        .post(base + "/milestones/1/inspections")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(
            Map.of(
                "kind",
                "CLOSED_WATER",
                "sensorId",
                "leak-portal",
                "startedAt",
                Instant.now().minusSeconds(3600).toString(),
                "hours",
                48))
        .post(base + "/stages/1/criteria")
        .then()
        .statusCode(201);
    return s;
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }
}
