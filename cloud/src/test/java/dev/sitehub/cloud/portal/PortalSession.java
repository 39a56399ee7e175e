package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.UserAccount;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** A portal session cookie and its CSRF token, obtained through the real JSON sign-in. */
record PortalSession(String cookie, String csrf) {
  static final String COOKIE = "sitehub_session";

  static PortalSession of(UserAccount user) {
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", user.username(), "password", TestUsers.PASSWORD))
            .post("/portal/login");
    r.then().statusCode(200);
    return new PortalSession(r.getCookie(COOKIE), r.path("csrfToken"));
  }

  /** A request riding on the cookie, as a browser page would send it (no CSRF header). */
  RequestSpecification browser() {
    return given().redirects().follow(false).cookie(COOKIE, cookie);
  }

  /** As {@link #browser()}, plus the CSRF header htmx adds. */
  RequestSpecification htmx() {
    return browser().header("HX-Request", "true").header("X-CSRF-Token", csrf);
  }
}
