package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import io.restassured.http.ContentType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The portal's rows of the authorization matrix (dev.sitehub.cloud.portal, SitePage, DevicePage,
 * the alert pages, the live-view and time-lapse pages, and the project pages in {@link
 * ProjectPageRows}). Pages answer 401 and 403 like the API does, with HTML bodies.
 */
final class PortalEndpoints {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> FIELD = EnumSet.of(Role.INSTALLER, Role.OPERATOR);
  private static final Set<Role> ALERT_HANDLERS =
      EnumSet.of(Role.SUPERVISOR, Role.HOMEOWNER, Role.PROJECT_MANAGER, Role.OPERATOR);

  private PortalEndpoints() {}

  private static final List<Endpoint> PAGE_ROWS =
      List.of(
          new Endpoint(
              "GET", "/portal/login", Access.PUBLIC, ALL, (c, r) -> r.get("/portal/login")),
          new Endpoint(
              "POST",
              "/portal/sign-in",
              Access.PUBLIC,
              ALL,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .header("HX-Request", "true")
                      .formParam("username", c.caller().username())
                      .formParam("password", TestUsers.PASSWORD)
                      .post("/portal/sign-in")),
          new Endpoint(
              "POST",
              "/portal/sign-out",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.header("HX-Request", "true").post("/portal/sign-out")),
          new Endpoint(
              "GET",
              "/portal/lang/{tag}",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.get("/portal/lang/en?next=/portal/login")),
          new Endpoint(
              "GET", "/portal/password", Access.ROLE, ALL, (c, r) -> r.get("/portal/password")),
          new Endpoint(
              "POST",
              "/portal/password",
              Access.ROLE,
              ALL,
              // The same password again, so the caller's later rows still sign in with it.
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .header("HX-Request", "true")
                      .formParam("current", TestUsers.PASSWORD)
                      .formParam("password", TestUsers.PASSWORD)
                      .formParam("confirm", TestUsers.PASSWORD)
                      .post("/portal/password")),
          new Endpoint(
              "GET",
              "/portal/password/forgot",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.get("/portal/password/forgot")),
          new Endpoint(
              "POST",
              "/portal/password/forgot",
              Access.PUBLIC,
              ALL,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .formParam("account", "nobody-" + java.util.UUID.randomUUID())
                      .post("/portal/password/forgot")),
          new Endpoint(
              "GET",
              "/portal/password/reset",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.queryParam("token", c.test().resetToken()).get("/portal/password/reset")),
          new Endpoint(
              "POST",
              "/portal/password/reset",
              Access.PUBLIC,
              ALL,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .formParam("token", c.test().resetToken())
                      .formParam("password", "a-new-password-1")
                      .formParam("confirm", "a-new-password-1")
                      .post("/portal/password/reset")),
          new Endpoint("GET", "/portal/home", Access.ROLE, ALL, (c, r) -> r.get("/portal/home")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId())),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/devices",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/devices")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/devices/list",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/devices/list")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/devices/claims",
              Access.SITE,
              FIELD,
              (c, r) -> r.post("/portal/sites/" + c.siteId() + "/devices/claims")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/devices/{deviceId}/revoke",
              Access.SITE,
              FIELD,
              (c, r) ->
                  r.post(
                      "/portal/sites/"
                          + c.siteId()
                          + "/devices/"
                          + c.test().device(c.siteId())
                          + "/revoke")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/devices/{deviceId}/reprovision",
              Access.SITE,
              FIELD,
              (c, r) ->
                  r.post(
                      "/portal/sites/"
                          + c.siteId()
                          + "/devices/"
                          + c.test().device(c.siteId())
                          + "/reprovision")),
          new Endpoint(
              "GET",
              "/portal/alerts",
              Access.ROLE,
              ALERT_HANDLERS,
              (c, r) -> r.get("/portal/alerts")),
          new Endpoint(
              "GET",
              "/portal/alerts/list",
              Access.ROLE,
              ALERT_HANDLERS,
              (c, r) -> r.get("/portal/alerts/list?status=all")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/alerts",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/alerts")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/alerts/list",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/alerts/list")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/alerts/{id}/acknowledge",
              Access.SITE,
              ALERT_HANDLERS,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .formParam("comment", "matrix")
                      .post(
                          "/portal/sites/"
                              + c.siteId()
                              + "/alerts/"
                              + c.test().alert(c.siteId())
                              + "/acknowledge")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/alerts/{id}/resolve",
              Access.SITE,
              ALERT_HANDLERS,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .formParam("comment", "matrix")
                      .post(
                          "/portal/sites/"
                              + c.siteId()
                              + "/alerts/"
                              + c.test().alert(c.siteId())
                              + "/resolve")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/live",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/live")),
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/timelapses",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/timelapses")),
          // branch home (issue 18): the installer's fleet page and its per-box commands.
          new Endpoint(
              "GET", "/portal/fleet", Access.ROLE, FIELD, (c, r) -> r.get("/portal/fleet")),
          new Endpoint(
              "POST",
              "/portal/fleet/{siteId}/{deviceId}/restart",
              Access.SITE,
              FIELD,
              (c, r) ->
                  r.post(
                      "/portal/fleet/"
                          + c.siteId()
                          + "/"
                          + c.test().device(c.siteId())
                          + "/restart")),
          new Endpoint(
              "POST",
              "/portal/fleet/{siteId}/{deviceId}/config",
              Access.SITE,
              FIELD,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .formParam("settings", "heartbeat.seconds=30")
                      .post(
                          "/portal/fleet/"
                              + c.siteId()
                              + "/"
                              + c.test().device(c.siteId())
                              + "/config")));

  // --- sitetasks (issue 18 item 2): the site members page, same roles as the members API
  private static final Set<Role> SITE_EDITORS =
      EnumSet.of(Role.HOMEOWNER, Role.PROJECT_MANAGER, Role.OPERATOR);

  private static final List<Endpoint> SITETASKS_ROWS =
      List.of(
          new Endpoint(
              "GET",
              "/portal/sites/{siteId}/members",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/portal/sites/" + c.siteId() + "/members")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/members",
              Access.SITE,
              SITE_EDITORS,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .header("HX-Request", "true")
                      .formParam("username", c.test().users.user(Role.DESIGNER).username())
                      .post("/portal/sites/" + c.siteId() + "/members")),
          new Endpoint(
              "POST",
              "/portal/sites/{siteId}/members/{userId}/remove",
              Access.SITE,
              SITE_EDITORS,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .header("HX-Request", "true")
                      .post("/portal/sites/" + c.siteId() + "/members/usr-nobody/remove")),
          new Endpoint(
              "GET",
              "/portal/me/notifications",
              Access.ROLE,
              ALL,
              (c, r) -> r.get("/portal/me/notifications")),
          new Endpoint(
              "POST",
              "/portal/me/notifications",
              Access.ROLE,
              ALL,
              (c, r) ->
                  r.contentType(ContentType.URLENC)
                      .header("HX-Request", "true")
                      .formParam("push", "on")
                      .formParam("minSeverity", "WARNING")
                      .post("/portal/me/notifications")));

  static final List<Endpoint> ALL_ENDPOINTS =
      Stream.of(PAGE_ROWS, ProjectPageRows.rows(), SITETASKS_ROWS).flatMap(List::stream).toList();
}
