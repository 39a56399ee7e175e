package dev.sitehub.cloud.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: after sign-out the old cookie and the same JWT as a bearer token still worked for 8
 * hours, and roles baked into the token outlived any change. Sessions now live on the server.
 */
@QuarkusTest
class SessionEndTest {
  private static final Duration WITHIN = Duration.ofSeconds(10);

  @Inject TestUsers users;
  @Inject Sessions sessions;
  @Inject UserDirectory directory;
  @Inject dev.sitehub.cloud.common.UnitOfWork work;
  @Inject dev.sitehub.cloud.Db db;

  private static Response login(UserAccount user) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", TestUsers.PASSWORD))
        .post("/portal/login");
  }

  @Test
  void signOut_endsTheSessionForTheCookieAndForTheSameTokenAsBearer() {
    UserAccount user = users.user(Role.HOMEOWNER);
    Response signedIn = login(user);
    String cookie = signedIn.getCookie("sitehub_session");
    String csrf = signedIn.jsonPath().getString("csrfToken");
    assertThat(cookie).isNotBlank();
    given().auth().oauth2(cookie).get("/api/me").then().statusCode(200);
    given().cookie("sitehub_session", cookie).get("/api/me").then().statusCode(200);

    given()
        .cookie("sitehub_session", cookie)
        .header("X-CSRF-Token", csrf)
        .post("/portal/logout")
        .then()
        .statusCode(204);

    await()
        .atMost(WITHIN)
        .untilAsserted(() -> given().auth().oauth2(cookie).get("/api/me").then().statusCode(401));
    given().cookie("sitehub_session", cookie).get("/api/me").then().statusCode(401);
    // A new sign-in works as before.
    given().auth().oauth2(TestUsers.token(user)).get("/api/me").then().statusCode(200);
  }

  /** Issue 17: the session cookie lacked Secure even behind TLS. */
  @Test
  void signIn_behindATrustedProxyOverHttps_cookieIsSecure_overPlainHttpNot() {
    UserAccount user = users.user(Role.HOMEOWNER);
    Map<String, String> body = Map.of("username", user.username(), "password", TestUsers.PASSWORD);
    String viaTls =
        given()
            .header("X-Forwarded-Proto", "https")
            .contentType(ContentType.JSON)
            .body(body)
            .post("/portal/login")
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    String plain =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .post("/portal/login")
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    assertThat(viaTls).startsWith("sitehub_session=").containsIgnoringCase(";Secure");
    assertThat(plain).startsWith("sitehub_session=").doesNotContainIgnoringCase("Secure");
  }

  @Test
  void revokeAll_endsEverySessionOfThePerson_andNotOthers() {
    UserAccount user = users.user(Role.HOMEOWNER);
    UserAccount other = users.user(Role.HOMEOWNER);
    String phone = TestUsers.token(user);
    String laptop = TestUsers.token(user);
    String others = TestUsers.token(other);
    given().auth().oauth2(phone).get("/api/me").then().statusCode(200);

    assertThat(sessions.revokeAll(user.userId(), "password-changed")).isEqualTo(2);

    await()
        .atMost(WITHIN)
        .untilAsserted(() -> given().auth().oauth2(phone).get("/api/me").then().statusCode(401));
    given().auth().oauth2(laptop).get("/api/me").then().statusCode(401);
    given().auth().oauth2(others).get("/api/me").then().statusCode(200);
  }

  /** A role granted after sign-in counts on the next request, without signing in again. */
  @Test
  void roleGrantedAfterSignIn_appliesWithinSeconds() {
    UserAccount user = users.user(Role.DESIGNER);
    String token = TestUsers.token(user);
    Map<String, String> site = Map.of("name", "Flat", "address", "1 Road", "timezone", "UTC");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(site)
        .post("/api/sites")
        .then()
        .statusCode(403);
    work.write(() -> directory.grantingRole(user.userId(), Role.HOMEOWNER));
    await()
        .atMost(WITHIN)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(site)
                    .post("/api/sites")
                    .then()
                    .statusCode(201));
  }

  /**
   * Verifies that disabling an account ends its sessions on every instance within seconds: the
   * session check reads the account's state, so no instance needs telling.
   */
  @Test
  void accountDisabled_itsTokensRefusedWithinSeconds() {
    UserAccount user = users.user(Role.SUPERVISOR);
    String token = TestUsers.token(user);
    String cookie = login(user).getCookie("sitehub_session");
    given().auth().oauth2(token).get("/api/me").then().statusCode(200);

    db.update("UPDATE app_user SET disabled_at = now() WHERE user_id = ?", user.userId());

    await()
        .atMost(WITHIN)
        .untilAsserted(() -> given().auth().oauth2(token).get("/api/me").then().statusCode(401));
    given().cookie("sitehub_session", cookie).get("/api/me").then().statusCode(401);
  }

  /** Verifies that a role taken away stops counting within seconds, without signing in again. */
  @Test
  void roleRemovedAfterSignIn_refusedWithinSeconds() {
    UserAccount user = users.user(Role.HOMEOWNER);
    String token = TestUsers.token(user);
    Map<String, String> site = Map.of("name", "Flat", "address", "1 Road", "timezone", "UTC");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(site)
        .post("/api/sites")
        .then()
        .statusCode(201);

    db.update(
        "UPDATE user_role SET role = 'DESIGNER' WHERE user_id = ? AND role = 'HOMEOWNER'",
        user.userId());

    await()
        .atMost(WITHIN)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(site)
                    .post("/api/sites")
                    .then()
                    .statusCode(403));
    given().auth().oauth2(token).get("/api/me").then().statusCode(200);
  }
}
