package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.AlertDetail;
import dev.sitehub.cloud.alerts.AlertRule;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.RuleBook;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.ProvisionRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix: every role x every endpoint x own/foreign site, driven from the one
 * {@link #ENDPOINTS} table, one dynamic test per row so that a failing row is named. A JAX-RS
 * method missing from the table, or whose annotations disagree with it, fails the build, so every
 * new endpoint must join the table. On its own site each role's user is the project's customer and
 * is named in its contract in that role; {@link ContractMatrixRows} adds people holding several
 * roles and other projects' child ids.
 */
@QuarkusTest
class AuthorizationMatrixTest {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> SITE_EDITORS =
      EnumSet.of(Role.HOMEOWNER, Role.PROJECT_MANAGER, Role.OPERATOR);
  private static final Set<Role> FIELD = EnumSet.of(Role.INSTALLER, Role.OPERATOR);
  private static final Set<Role> ALERT_HANDLERS =
      EnumSet.of(Role.SUPERVISOR, Role.HOMEOWNER, Role.PROJECT_MANAGER, Role.OPERATOR);

  /** Who may call an endpoint. */
  enum Access {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** The listed roles, on any data. */
    ROLE,
    /** The listed roles, and only on sites they are members of (operators: every site). */
    SITE,
    /**
     * The listed roles, and only on business records they are party to (their contract, inquiry,
     * project, enterprise, invitation); nobody else, operators included.
     */
    PARTY,
    /** As {@link #PARTY}, but operators may also read everyone's records. */
    PARTY_OR_OPERATOR;

    /** Whether the matrix tries both the caller's own records and someone else's. */
    boolean scoped() {
      return this == SITE || this == PARTY || this == PARTY_OR_OPERATOR;
    }

    boolean operatorSeesAll() {
      return this == SITE || this == PARTY_OR_OPERATOR;
    }
  }

  /** One endpoint: how to call it and who may. */
  record Endpoint(
      String method,
      String path,
      Access access,
      Set<Role> roles,
      BiFunction<Ctx, RequestSpecification, Response> call) {}

  /** What a call needs: the caller, the target site, and helpers that create fresh data. */
  record Ctx(UserAccount caller, String siteId, AuthorizationMatrixTest test) {}

  /** Media and live view (issue 7): every member of the site, any role. */
  static final List<Endpoint> MEDIA_ENDPOINTS =
      List.of(
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/snapshots",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/api/sites/" + c.siteId() + "/snapshots")),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/snapshots/{id}",
              Access.SITE,
              ALL,
              (c, r) -> r.get("/api/sites/" + c.siteId() + "/snapshots/" + c.test().still(c))),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/snapshots/{id}/image",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.get("/api/sites/" + c.siteId() + "/snapshots/" + c.test().still(c) + "/image")),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/snapshots/latest",
              Access.SITE,
              ALL,
              (c, r) -> {
                c.test().still(c);
                return r.queryParam("deviceId", c.test().media.device(c.siteId()))
                    .queryParam("cameraId", MediaFixtures.CAMERA)
                    .get("/api/sites/" + c.siteId() + "/snapshots/latest");
              }),
          new Endpoint(
              "POST",
              "/api/sites/{siteId}/snapshots/requests",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.queryParam("wait", 0)
                      .body(camera(c))
                      .post("/api/sites/" + c.siteId() + "/snapshots/requests")),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/snapshots/requests/{commandId}",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/sites/"
                          + c.siteId()
                          + "/snapshots/requests/"
                          + c.test().media.request(c.siteId()))),
          new Endpoint(
              "POST",
              "/api/sites/{siteId}/timelapses",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.body(Map.of("cameraId", "cam1", "from", "2026-10-01", "to", "2026-10-02"))
                      .post("/api/sites/" + c.siteId() + "/timelapses")),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/timelapses/{jobId}",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/sites/"
                          + c.siteId()
                          + "/timelapses/"
                          + c.test().media.finishedTimelapse(c.siteId()))),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/timelapses/{jobId}/video",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/sites/"
                          + c.siteId()
                          + "/timelapses/"
                          + c.test().media.finishedTimelapse(c.siteId())
                          + "/video")),
          new Endpoint(
              "POST",
              "/api/sites/{siteId}/live/tickets",
              Access.SITE,
              ALL,
              (c, r) -> r.body(camera(c)).post("/api/sites/" + c.siteId() + "/live/tickets")),
          new Endpoint(
              "GET",
              "/api/sites/{siteId}/live/cameras/{deviceId}/{cameraId}",
              Access.SITE,
              ALL,
              (c, r) ->
                  r.get(
                      "/api/sites/"
                          + c.siteId()
                          + "/live/cameras/"
                          + c.test().media.device(c.siteId())
                          + "/"
                          + MediaFixtures.CAMERA)));

  static final List<Endpoint> CORE_ENDPOINTS =
      Stream.concat(
              Stream.of(
                  new Endpoint(
                      "POST",
                      "/api/auth/token",
                      Access.PUBLIC,
                      ALL,
                      (c, r) -> r.body(credentials(c)).post("/api/auth/token")),
                  new Endpoint(
                      "POST",
                      "/portal/login",
                      Access.PUBLIC,
                      ALL,
                      (c, r) -> r.body(credentials(c)).post("/portal/login")),
                  new Endpoint(
                      "POST",
                      "/portal/logout",
                      Access.PUBLIC,
                      ALL,
                      (c, r) -> r.post("/portal/logout")),
                  new Endpoint("GET", "/api/me", Access.ROLE, ALL, (c, r) -> r.get("/api/me")),
                  new Endpoint(
                      "POST",
                      "/api/me/password",
                      Access.ROLE,
                      ALL,
                      // The same password again: the caller's later rows still sign in with it.
                      (c, r) ->
                          r.body(
                                  Map.of(
                                      "currentPassword",
                                      TestUsers.PASSWORD,
                                      "newPassword",
                                      TestUsers.PASSWORD))
                              .post("/api/me/password")),
                  new Endpoint(
                      "POST",
                      "/api/users",
                      Access.ROLE,
                      EnumSet.of(Role.OPERATOR),
                      (c, r) ->
                          r.body(
                                  Map.of(
                                      "username",
                                      "m-" + UUID.randomUUID().toString().substring(0, 8),
                                      "password",
                                      "long-enough-1",
                                      "roles",
                                      List.of("HOMEOWNER")))
                              .post("/api/users")),
                  new Endpoint(
                      "POST",
                      "/api/sites",
                      Access.ROLE,
                      EnumSet.of(
                          Role.HOMEOWNER,
                          Role.PROJECT_MANAGER,
                          Role.ENTERPRISE_ADMIN,
                          Role.OPERATOR),
                      (c, r) -> r.body(Map.of("name", "n", "address", "a")).post("/api/sites")),
                  new Endpoint(
                      "GET", "/api/sites", Access.ROLE, ALL, (c, r) -> r.get("/api/sites")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId())),
                  new Endpoint(
                      "PUT",
                      "/api/sites/{siteId}",
                      Access.SITE,
                      SITE_EDITORS,
                      (c, r) -> r.body(Map.of("name", "renamed")).put("/api/sites/" + c.siteId())),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/members",
                      Access.SITE,
                      SITE_EDITORS,
                      (c, r) ->
                          r.body(Map.of("userId", c.test().users.user(Role.DESIGNER).userId()))
                              .post("/api/sites/" + c.siteId() + "/members")),
                  new Endpoint(
                      "DELETE",
                      "/api/sites/{siteId}/members/{userId}",
                      Access.SITE,
                      SITE_EDITORS,
                      (c, r) -> r.delete("/api/sites/" + c.siteId() + "/members/usr-nobody")),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/claims",
                      Access.SITE,
                      FIELD,
                      (c, r) -> r.post("/api/sites/" + c.siteId() + "/claims")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/devices",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/devices")),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/devices/{deviceId}/revoke",
                      Access.SITE,
                      FIELD,
                      (c, r) ->
                          r.post(
                              "/api/sites/"
                                  + c.siteId()
                                  + "/devices/"
                                  + c.test().device(c.siteId())
                                  + "/revoke")),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/devices/{deviceId}/reprovision",
                      Access.SITE,
                      FIELD,
                      (c, r) ->
                          r.post(
                              "/api/sites/"
                                  + c.siteId()
                                  + "/devices/"
                                  + c.test().device(c.siteId())
                                  + "/reprovision")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/readings/latest",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/readings/latest")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/sensors/{sensorId}/readings",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/sensors/temp1/readings")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/events",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/events")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/alerts",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/alerts")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/alerts/{id}",
                      Access.SITE,
                      ALL,
                      (c, r) ->
                          r.get(
                              "/api/sites/"
                                  + c.siteId()
                                  + "/alerts/"
                                  + c.test().alert(c.siteId()))),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/alerts/{id}/acknowledge",
                      Access.SITE,
                      ALERT_HANDLERS,
                      (c, r) ->
                          r.body(Map.of("comment", "seen"))
                              .post(
                                  "/api/sites/"
                                      + c.siteId()
                                      + "/alerts/"
                                      + c.test().alert(c.siteId())
                                      + "/acknowledge")),
                  new Endpoint(
                      "POST",
                      "/api/sites/{siteId}/alerts/{id}/resolve",
                      Access.SITE,
                      ALERT_HANDLERS,
                      (c, r) ->
                          r.body(Map.of("comment", "fixed"))
                              .post(
                                  "/api/sites/"
                                      + c.siteId()
                                      + "/alerts/"
                                      + c.test().alert(c.siteId())
                                      + "/resolve")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/alert-rules",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/alert-rules")),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/alert-rules/{code}",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/alert-rules/leak")),
                  new Endpoint(
                      "PUT",
                      "/api/sites/{siteId}/alert-rules/{code}",
                      Access.SITE,
                      ALERT_HANDLERS,
                      (c, r) -> {
                        String code = "m-" + UUID.randomUUID().toString().substring(0, 8);
                        return r.body(
                                Map.of(
                                    "code",
                                    code,
                                    "kind",
                                    "EVENT",
                                    "severity",
                                    "MINOR",
                                    "events",
                                    List.of("SMOKE")))
                            .put("/api/sites/" + c.siteId() + "/alert-rules/" + code);
                      }),
                  new Endpoint(
                      "DELETE",
                      "/api/sites/{siteId}/alert-rules/{code}",
                      Access.SITE,
                      ALERT_HANDLERS,
                      (c, r) ->
                          r.delete(
                              "/api/sites/"
                                  + c.siteId()
                                  + "/alert-rules/"
                                  + c.test().rule(c.siteId()))),
                  new Endpoint(
                      "GET",
                      "/api/sites/{siteId}/alert-settings",
                      Access.SITE,
                      ALL,
                      (c, r) -> r.get("/api/sites/" + c.siteId() + "/alert-settings")),
                  new Endpoint(
                      "PUT",
                      "/api/sites/{siteId}/alert-settings",
                      Access.SITE,
                      ALERT_HANDLERS,
                      (c, r) ->
                          r.body(Map.of("timeZone", "Asia/Shanghai"))
                              .put("/api/sites/" + c.siteId() + "/alert-settings")),
                  new Endpoint(
                      "PUT",
                      "/api/communities/{communityId}/quiet-hours",
                      Access.ROLE,
                      EnumSet.of(Role.OPERATOR),
                      (c, r) ->
                          r.body(Map.of("spec", "MON-FRI 12:00-14:00"))
                              .put("/api/communities/matrix-community/quiet-hours")),
                  new Endpoint(
                      "GET",
                      "/api/me/notification-preferences",
                      Access.ROLE,
                      ALL,
                      (c, r) -> r.get("/api/me/notification-preferences")),
                  new Endpoint(
                      "PUT",
                      "/api/me/notification-preferences",
                      Access.ROLE,
                      ALL,
                      (c, r) ->
                          r.body(Map.of("push", true, "email", false, "minSeverity", "MINOR"))
                              .put("/api/me/notification-preferences"))),
              Stream.of(
                      BusinessEndpoints.ALL_ENDPOINTS.stream(),
                      PortalEndpoints.ALL_ENDPOINTS.stream(),
                      AdminPortalEndpoints.ALL_ENDPOINTS.stream(),
                      MEDIA_ENDPOINTS.stream())
                  .flatMap(x -> x))
          .toList();

  /**
   * Every row: the core table above, the lifecycle rows (issue 9), the materials page and the
   * enterprise workspace.
   */
  static final List<Endpoint> ENDPOINTS =
      Stream.of(
              CORE_ENDPOINTS.stream(),
              LifecycleMatrixRows.rows().stream(),
              MaterialsPageRows.rows().stream(),
              EnterpriseWorkspaceRows.rows().stream(),
              DealsRows.rows().stream())
          .flatMap(x -> x)
          .toList();

  @Inject TestUsers users;
  @Inject LifecycleMatrix lifecycle;
  @Inject DeviceService devices;
  @Inject MediaFixtures media;
  @Inject AlertStore alerts;
  @Inject RuleBook rules;
  @Inject BusinessMatrix business;
  @Inject WorkspaceMatrix workspace;
  @Inject Db db;
  private final Map<String, String> devicePerSite = new java.util.HashMap<>();

  /**
   * One dynamic test per row of {@link #ENDPOINTS}, named after the row: every role on its own site
   * and on a foreign one. The roles' users and sites are made once, before the rows run.
   */
  @TestFactory
  Stream<DynamicTest> everyRoleEveryEndpointOwnAndForeignSite_onlyAllowedCombinationsSucceed() {
    Site foreign = users.siteWith();
    Map<Role, UserAccount> people = new java.util.EnumMap<>(Role.class);
    Map<Role, String> tokens = new java.util.EnumMap<>(Role.class);
    Map<Role, Site> sites = new java.util.EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      UserAccount user = users.user(role);
      people.put(role, user);
      tokens.put(role, TestUsers.token(user));
      sites.put(role, users.siteWith(user));
    }
    return ENDPOINTS.stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.method() + " " + e.path(),
                    () -> checkRow(e, foreign, people, tokens, sites)));
  }

  private void checkRow(
      Endpoint e,
      Site foreign,
      Map<Role, UserAccount> people,
      Map<Role, String> tokens,
      Map<Role, Site> sites) {
    SoftAssertions soft = new SoftAssertions();
    int calls = 0;
    for (Role role : Role.values()) {
      Site own = sites.get(role);
      for (Site site : e.access().scoped() ? List.of(own, foreign) : List.of(own)) {
        boolean ownSite = site == own;
        boolean allowed =
            e.access() == Access.PUBLIC
                || (e.roles().contains(role)
                    && (!e.access().scoped()
                        || ownSite
                        || (role == Role.OPERATOR && e.access().operatorSeesAll())));
        RequestSpecification req = given().contentType(ContentType.JSON);
        if (e.access() != Access.PUBLIC) {
          req = req.auth().oauth2(tokens.get(role));
        }
        int status =
            e.call().apply(new Ctx(people.get(role), site.siteId(), this), req).statusCode();
        calls++;
        // The row is named here too: Surefire's report numbers dynamic tests instead of naming
        // them.
        String label = e.method() + " " + e.path() + " " + role + (ownSite ? " own" : " foreign");
        if (allowed) {
          soft.assertThat(status).as(label).isBetween(200, 299);
        } else {
          soft.assertThat(status).as(label).isEqualTo(403);
        }
      }
    }
    soft.assertAll();
    assertThat(calls).isGreaterThanOrEqualTo(Role.values().length);
  }

  /**
   * The rows about a person's part in a project (issue 17): people holding several roles, and a
   * child id of another project sent through the caller's own project; one dynamic test per row.
   */
  @TestFactory
  Stream<DynamicTest> contractParts_oneTestPerRow() {
    return ContractMatrixRows.rows(this).stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.name(),
                    () -> {
                      try {
                        r.check().execute();
                      } catch (AssertionError e) {
                        throw new AssertionError(r.name() + ": " + e.getMessage(), e);
                      }
                    }));
  }

  @Test
  void everyProtectedEndpoint_noCredentials_401() {
    Site site = users.siteWith();
    UserAccount nobody = users.user(Role.HOMEOWNER);
    SoftAssertions soft = new SoftAssertions();
    for (Endpoint e : ENDPOINTS) {
      if (e.access() == Access.PUBLIC) {
        continue;
      }
      int status =
          e.call()
              .apply(new Ctx(nobody, site.siteId(), this), given().contentType(ContentType.JSON))
              .statusCode();
      soft.assertThat(status).as(e.method() + " " + e.path()).isEqualTo(401);
    }
    soft.assertAll();
  }

  @Test
  void resourceMethods_allListedInTable_withTheSameDeclaredRoles() throws Exception {
    Map<String, Endpoint> table =
        ENDPOINTS.stream().collect(Collectors.toMap(e -> e.method() + " " + e.path(), e -> e));
    Set<String> found = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Class<?> type : resourceClasses()) {
      String base = type.getAnnotation(Path.class).value();
      for (Method m : type.getDeclaredMethods()) {
        String verb = httpMethod(m);
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String key = verb + " " + join(base, sub == null ? "" : sub.value());
        found.add(key);
        Endpoint e = table.get(key);
        if (e == null) {
          problems.add("not in the matrix table: " + key);
          continue;
        }
        RolesAllowed ra = m.getAnnotation(RolesAllowed.class);
        boolean permitAll = m.isAnnotationPresent(PermitAll.class);
        if (e.access() == Access.PUBLIC) {
          if (!permitAll) {
            problems.add(key + " is public in the table but lacks @PermitAll");
          }
        } else if (ra == null) {
          problems.add(key + " declares no @RolesAllowed");
        } else {
          Set<Role> declared =
              Set.of(ra.value()).contains("**")
                  ? ALL
                  : Stream.of(ra.value()).map(Role::valueOf).collect(Collectors.toSet());
          if (!declared.equals(e.roles())) {
            problems.add(key + " declares " + declared + " but the table says " + e.roles());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(found).containsExactlyInAnyOrderElementsOf(table.keySet());
  }

  /**
   * A device provisioned on the site, for endpoints that change a device. One per site: revoke and
   * re-provision may be repeated, and PBKDF2 hashing makes provisioning deliberately slow.
   */
  String device(String siteId) {
    return devicePerSite.computeIfAbsent(
        siteId,
        s -> {
          ClaimView claim = devices.createClaim(s, null);
          String box = "box-" + UUID.randomUUID().toString().substring(0, 8);
          return devices
              .provision(box, new ProvisionRequest("r", claim.code(), box, "1"))
              .deviceId();
        });
  }

  /** The one role a matrix user was created with. */
  Role roleOf(UserAccount u) {
    return u.roles().iterator().next();
  }

  /** A fresh open alert on the site, so acknowledge and resolve can each succeed once. */
  long alert(String siteId) {
    return alerts
        .raise(
            siteId,
            "matrix",
            "src-" + UUID.randomUUID().toString().substring(0, 8),
            Severity.MINOR,
            AlertDetail.event("matrix", "test", false),
            Instant.now())
        .alert()
        .id();
  }

  /** A fresh rule on the site, so delete can succeed once per call. */
  String rule(String siteId) {
    String code = "m-" + UUID.randomUUID().toString().substring(0, 8);
    rules.save(
        siteId, new AlertRule.Event(code, Severity.MINOR, true, false, Set.of(EventType.SMOKE)));
    return code;
  }

  /**
   * An open password reset link of a fresh person (a reset ends every session of its account, so
   * never the caller's): the token, stored as the service stores it, by its SHA-256 digest.
   */
  String resetToken() {
    UserAccount someone = users.user(Role.HOMEOWNER);
    String token = "matrix-" + UUID.randomUUID();
    db.update(
        "INSERT INTO password_reset (token_hash, user_id, created_at, expires_at)"
            + " VALUES (?, ?, now(), now() + interval '30 minutes')",
        sha256(token),
        someone.userId());
    return token;
  }

  static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A still of the site's camera, archived once per site. */
  long still(Ctx c) {
    return media.snapshot(c.siteId());
  }

  private static Map<String, String> camera(Ctx c) {
    return Map.of("deviceId", c.test().media.device(c.siteId()), "cameraId", MediaFixtures.CAMERA);
  }

  private static Map<String, String> credentials(Ctx c) {
    return Map.of("username", c.caller().username(), "password", TestUsers.PASSWORD);
  }

  private static List<Class<?>> resourceClasses() throws Exception {
    java.nio.file.Path root =
        Paths.get(
            dev.sitehub.cloud.accounts.AuthResource.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!name.startsWith("dev.sitehub.cloud.") || name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, AuthorizationMatrixTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          out.add(type);
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(5);
    return out;
  }

  private static String httpMethod(Method m) {
    for (Class<? extends Annotation> a :
        List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)) {
      if (m.isAnnotationPresent(a)) {
        return a.getSimpleName();
      }
    }
    return null;
  }

  private static String join(String base, String sub) {
    String p = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
