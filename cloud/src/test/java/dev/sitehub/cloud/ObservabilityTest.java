package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies readiness covers database and broker and the ingestion meters are exported, all on the
 * management interface, and that the public port serves none of the operational endpoints.
 */
@QuarkusTest
class ObservabilityTest {
  @TestHTTPResource(value = "/", management = true)
  URL management;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/q/metrics",
        "/q/health",
        "/q/health/ready",
        "/q/openapi",
        "/q/swagger-ui/",
        "/q/swagger-ui/index.html"
      })
  void operationalEndpoint_onThePublicPort_notServed(String path) {
    given().redirects().follow(false).get(path).then().statusCode(404);
    given().baseUri(ManagementInterface.origin(management)).get(path).then().statusCode(200);
  }

  @Test
  void readiness_brokerAndDatabase_bothChecked() {
    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("mqtt-broker"))
        .body("checks.name", hasItem("Database connections health check"));
  }

  @Test
  void metrics_ingestionAndLiveMeters_exportedForPrometheus() {
    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("sitehub_ingest_readings_total"))
        .body(containsString("sitehub_ingest_rejects_total{reason=\"malformed_json\"}"))
        .body(containsString("sitehub_ingest_batch_latency_seconds"))
        .body(containsString("sitehub_ingest_ack_lag_seconds"))
        .body(containsString("sitehub_ingest_duplicates_total"))
        .body(containsString("sitehub_ingest_gaps_total"))
        .body(containsString("sitehub_live_viewers"))
        .body(containsString("sitehub_live_frames_delivered_total"))
        .body(containsString("sitehub_live_frames_dropped_total"));
  }

  @Test
  void openApi_documentsTelemetryEndpoints() {
    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/sites/{siteId}/readings/latest"));
  }
}
