package dev.sitehub.cloud.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies both ways to sign in, the CSRF rule for cookie sessions, and login throttling. */
@QuarkusTest
class AuthResourceTest {
  @Inject TestUsers users;

  @Test
  void token_rightPassword_bearerOpensProfile() {
    UserAccount u = users.user(Role.SUPERVISOR);
    String token = TestUsers.token(u);
    given()
        .auth()
        .oauth2(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("userId", equalTo(u.userId()))
        .body("roles[0]", equalTo("SUPERVISOR"));
  }

  @Test
  void token_wrongPassword_401ProblemJson() {
    UserAccount u = users.user(Role.HOMEOWNER);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", u.username(), "password", "wrong-password"))
        .post("/api/auth/token")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", equalTo("https://sitehub.dev/problems/bad-credentials"));
  }

  @Test
  void me_noCredentials_401ProblemJson() {
    given()
        .get("/api/me")
        .then()
        .statusCode(401)
        .body("type", equalTo("https://sitehub.dev/problems/unauthenticated"));
  }

  @Test
  void me_forgedToken_401() {
    given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2ln").get("/api/me").then().statusCode(401);
  }

  @Test
  void token_repeatedFailures_throttledEvenWithRightPassword() {
    UserAccount u = users.user(Role.INSTALLER);
    for (int i = 0; i < 5; i++) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("username", u.username(), "password", "nope-nope-" + i))
          .post("/api/auth/token")
          .then()
          .statusCode(401);
    }
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", u.username(), "password", TestUsers.PASSWORD))
        .post("/api/auth/token")
        .then()
        .statusCode(429)
        .body("type", equalTo("https://sitehub.dev/problems/login-throttled"));
  }

  @Test
  void portalLogin_cookieSession_readsWithoutCsrfButUnsafeNeedsIt() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", owner.username(), "password", TestUsers.PASSWORD))
            .post("/portal/login");
    assertThat(login.statusCode()).isEqualTo(200);
    String cookie = login.getCookie("sitehub_session");
    String csrf = login.path("csrfToken");
    assertThat(login.getDetailedCookie("sitehub_session").isHttpOnly()).isTrue();

    given().cookie("sitehub_session", cookie).get("/api/me").then().statusCode(200);

    Map<String, String> site = Map.of("name", "Flat", "address", "2 Road");
    given()
        .cookie("sitehub_session", cookie)
        .contentType(ContentType.JSON)
        .body(site)
        .post("/api/sites")
        .then()
        .statusCode(403)
        .body("type", equalTo("https://sitehub.dev/problems/csrf-token-invalid"));
    given()
        .cookie("sitehub_session", cookie)
        .header(CsrfFilter.HEADER, "guess")
        .contentType(ContentType.JSON)
        .body(site)
        .post("/api/sites")
        .then()
        .statusCode(403);
    given()
        .cookie("sitehub_session", cookie)
        .header(CsrfFilter.HEADER, csrf)
        .contentType(ContentType.JSON)
        .body(site)
        .post("/api/sites")
        .then()
        .statusCode(201);
  }

  @Test
  void createUser_shortPassword_400Typed() {
    String op = TestUsers.token(users.user(Role.OPERATOR));
    given()
        .auth()
        .oauth2(op)
        .contentType(ContentType.JSON)
        .body(
            Map.of("username", "shorty-pass", "password", "x", "roles", new String[] {"HOMEOWNER"}))
        .post("/api/users")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://sitehub.dev/problems/weak-password"));
  }
}
