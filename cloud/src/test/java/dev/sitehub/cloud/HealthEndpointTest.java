package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Verifies that the application starts against the real database and reports itself up. */
@QuarkusTest
class HealthEndpointTest {
  @TestHTTPResource(value = "/", management = true)
  URL management;

  @Test
  void health_databaseReachable_reportsUp() {
    given()
        .baseUri(ManagementInterface.origin(management))
        .when()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }
}
