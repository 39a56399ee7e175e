package dev.sitehub.cloud.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a password change through the API ends the account's other sessions at once (cookie and
 * bearer alike), keeps the one that asked, and a wrong current password counts as a failed sign-in.
 */
@QuarkusTest
class PasswordChangeTest {
  private static final String NEW = "a-fresh-password-2";

  @Inject TestUsers users;
  @Inject AuthConfig config;
  @Inject Db db;

  private static Response change(String token, String current, String next) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", current, "newPassword", next))
        .post("/api/me/password");
  }

  private static Response signIn(UserAccount user, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", password))
        .post("/api/auth/token");
  }

  @Test
  void change_otherSessionsEndAtOnce_askingOneKeeps_newPasswordSignsIn() {
    UserAccount user = users.user(Role.HOMEOWNER);
    UserAccount other = users.user(Role.HOMEOWNER);
    String phone = TestUsers.token(user);
    String laptop = TestUsers.token(user);
    String browserCookie = SessionCookies.signIn(user.username(), TestUsers.PASSWORD);
    String others = TestUsers.token(other);
    given().auth().oauth2(laptop).get("/api/me").then().statusCode(200);
    given().cookie("sitehub_session", browserCookie).get("/api/me").then().statusCode(200);

    change(phone, TestUsers.PASSWORD, NEW).then().statusCode(204);

    // No waiting: the instance that made the change forgets its cached answers at once.
    given().auth().oauth2(laptop).get("/api/me").then().statusCode(401);
    given().cookie("sitehub_session", browserCookie).get("/api/me").then().statusCode(401);
    given().auth().oauth2(phone).get("/api/me").then().statusCode(200);
    given().auth().oauth2(others).get("/api/me").then().statusCode(200);
    signIn(user, TestUsers.PASSWORD).then().statusCode(401);
    signIn(user, NEW).then().statusCode(200);
  }

  @Test
  void change_wrongCurrentPassword_422_countedAsFailedSignIn_thenThrottled() {
    UserAccount user = users.user(Role.INSTALLER);
    String token = TestUsers.token(user);
    String laptop = TestUsers.token(user);

    change(token, "not-the-password", NEW)
        .then()
        .statusCode(422)
        .body("type", equalTo("https://sitehub.dev/problems/wrong-password"));

    given().auth().oauth2(laptop).get("/api/me").then().statusCode(200);
    assertThat(
            db.count(
                "SELECT count(*) FROM login_failure WHERE scope = 'account' AND subject = ?",
                LoginThrottle.subject("account", user.username())))
        .isEqualTo(1);
    for (int i = 1; i < config.maxFailures(); i++) {
      change(token, "guess-" + i, NEW).then().statusCode(422);
    }
    // Throttled now, even with the right password: guessing through a stolen session stops here.
    change(token, TestUsers.PASSWORD, NEW)
        .then()
        .statusCode(429)
        .body("type", equalTo("https://sitehub.dev/problems/login-throttled"));
    given().auth().oauth2(laptop).get("/api/me").then().statusCode(200);
  }

  @Test
  void change_shortNewPassword_400_passwordKept() {
    UserAccount user = users.user(Role.DESIGNER);
    String token = TestUsers.token(user);

    change(token, TestUsers.PASSWORD, "short")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://sitehub.dev/problems/weak-password"));
    signIn(user, TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void change_noCredentials_401() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "x", "newPassword", NEW))
        .post("/api/me/password")
        .then()
        .statusCode(401);
  }
}
