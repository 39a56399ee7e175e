package dev.sitehub.cloud.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad JSON bodies through the real HTTP stack, on the public registration API: a control character,
 * a wrong type and a body that is not JSON each give a 400 problem that says what is wrong (and
 * which field), never a 500, and nothing is registered.
 */
@QuarkusTest
class JsonInputTest {

  private static String email() {
    return "json-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  @Test
  void register_nulInDisplayName_400NamingTheField() {
    String email = email();
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"email\":\""
                + email
                + "\",\"password\":\"correct-horse-1\",\"displayName\":\"Wang\\u0000Fang\"}")
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", endsWith("/invalid-field"))
        .body("detail", containsString("'displayName'"))
        .body("detail", containsString("control character"));
    // Not registered: the same e-mail still signs up cleanly afterwards.
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"email\":\""
                + email
                + "\",\"password\":\"correct-horse-1\",\"displayName\":\"Wang Fang\"}")
        .post("/api/registrations")
        .then()
        .statusCode(201);
  }

  @Test
  void register_fieldOfWrongType_400NamingTheField() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\":[1,2],\"password\":\"correct-horse-1\"}")
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", endsWith("/invalid-field"))
        .body("detail", containsString("'email'"));
  }

  @Test
  void register_bodyNotJson_400InvalidJson() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"email\": ")
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", endsWith("/invalid-json"));
  }

  @Test
  void register_tabsAndNewlinesInText_accepted() {
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"email\":\""
                + email()
                + "\",\"password\":\"correct-horse-1\",\"displayName\":\"Wang\\tFang\"}")
        .post("/api/registrations")
        .then()
        .statusCode(201);
  }
}
