package dev.sitehub.cloud.contracts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.ManagementInterface;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies that the business endpoints are described in the exported OpenAPI document. */
@QuarkusTest
class BusinessOpenApiTest {
  @TestHTTPResource(value = "/", management = true)
  URL management;

  @Test
  void openApi_businessEndpoints_documented() {
    Map<String, Object> paths =
        given()
            .baseUri(ManagementInterface.origin(management))
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .path("paths");
    assertThat(paths)
        .containsKeys(
            "/api/registrations",
            "/api/enterprises",
            "/api/enterprises/{id}/verification",
            "/api/enterprises/{id}/certificates",
            "/api/inquiries/{inquiryId}/threads/{enterpriseId}/messages",
            "/api/contracts",
            "/api/contracts/{id}/versions/{version}/document",
            "/api/contracts/{id}/versions/{version}/signatures",
            "/api/contracts/{id}/amendments",
            "/api/projects/{projectId}/messages",
            "/api/me/unread");
  }
}
