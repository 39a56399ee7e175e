package dev.sitehub.cloud.accounts;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Signs in through the portal's JSON sign-in and returns the session cookie's value. */
final class SessionCookies {
  private SessionCookies() {}

  static String signIn(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/portal/login")
        .then()
        .statusCode(200)
        .extract()
        .cookie("sitehub_session");
  }
}
