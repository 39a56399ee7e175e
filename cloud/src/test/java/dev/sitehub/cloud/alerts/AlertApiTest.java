package dev.sitehub.cloud.alerts;

import static dev.sitehub.cloud.alerts.AlertTestSupport.uniqueId;
import static dev.sitehub.cloud.alerts.Messages.event;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.sitehub.cloud.ManagementInterface;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert, rule, settings and preference endpoints: happy paths, typed errors, access. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AlertApiTest {
  @TestHTTPResource(value = "/", management = true)
  URL management;

  private static final String PROBLEM = "application/problem+json";

  @Inject AlertEngine engine;
  @Inject TestUsers users;

  private String site;
  private UserAccount member;

  @BeforeEach
  void site() {
    member = users.user(Role.SUPERVISOR);
    site = users.siteWith(member).siteId();
  }

  private RequestSpecification as(UserAccount user) {
    return given().auth().oauth2(TestUsers.token(user)).contentType("application/json");
  }

  private long openLeak() {
    engine.onEvent(
        site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.ON, Instant.now()));
    return as(member)
        .get("/api/sites/{s}/alerts?type=leak", site)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("[0].id");
  }

  @Test
  void listAlerts_anonymous_401() {
    given().get("/api/sites/{s}/alerts", site).then().statusCode(401);
  }

  @Test
  void listAlerts_notAMember_403Problem() {
    as(users.user(Role.SUPERVISOR))
        .get("/api/sites/{s}/alerts", site)
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "site-access-denied"));
  }

  @Test
  void listAlerts_filteredByStatusAndSeverity_returnsMatching() {
    openLeak();
    as(member)
        .get("/api/sites/{s}/alerts?status=open&severity=CRITICAL", site)
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].type", equalTo("leak"))
        .body("[0].status", equalTo("OPEN"));
    as(member)
        .get("/api/sites/{s}/alerts?status=RESOLVED", site)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  @Test
  void listAlerts_badFilter_400Problem() {
    as(member)
        .get("/api/sites/{s}/alerts?status=sleeping", site)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-status"));
    as(member)
        .get("/api/sites/{s}/alerts?limit=0", site)
        .then()
        .statusCode(400)
        .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-limit"));
  }

  @Test
  void acknowledgeThenResolve_recordsWhoWhenAndComment_thenRefusesRepeats() {
    long id = openLeak();
    as(member)
        .body(Map.of("comment", "plumber called"))
        .post("/api/sites/{s}/alerts/{id}/acknowledge", site, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACKNOWLEDGED"))
        .body("acknowledgedBy", equalTo(member.userId()))
        .body("acknowledgeComment", equalTo("plumber called"));
    as(member)
        .body(Map.of())
        .post("/api/sites/{s}/alerts/{id}/acknowledge", site, id)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "alert-state-conflict"));
    as(member)
        .body(Map.of("comment", "valve replaced"))
        .post("/api/sites/{s}/alerts/{id}/resolve", site, id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RESOLVED"))
        .body("resolvedBy", equalTo(member.userId()))
        .body("resolveComment", equalTo("valve replaced"));
    as(member)
        .body(Map.of())
        .post("/api/sites/{s}/alerts/{id}/resolve", site, id)
        .then()
        .statusCode(409);
  }

  @Test
  void acknowledge_unknownOrOtherSitesAlert_404Problem() {
    long id = openLeak();
    String otherSite = users.siteWith(member).siteId();
    as(member)
        .body(Map.of())
        .post("/api/sites/{s}/alerts/{id}/acknowledge", otherSite, id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "alert-not-found"));
  }

  @Test
  void rules_newSite_listsConfiguredDefaults() {
    as(member)
        .get("/api/sites/{s}/alert-rules", site)
        .then()
        .statusCode(200)
        .body("code", hasItems("leak", "smoke", "pm25-high", "device-offline", "site-stalled"))
        .body("find { it.code == 'pm25-high' }.limit", equalTo(75.0f))
        .body("find { it.code == 'pm25-high' }.sustainSeconds", equalTo(900));
  }

  @Test
  void rules_createReplaceDelete_roundTrip() {
    Map<String, Object> rule =
        Map.of(
            "code", "pressure-drop",
            "kind", "THRESHOLD",
            "severity", "MAJOR",
            "enabled", true,
            "autoResolve", true,
            "metric", "WATER_PRESSURE",
            "comparison", "BELOW",
            "limit", 0.55,
            "consecutive", 2);
    as(member)
        .body(rule)
        .put("/api/sites/{s}/alert-rules/pressure-drop", site)
        .then()
        .statusCode(201);
    as(member)
        .body(rule)
        .put("/api/sites/{s}/alert-rules/pressure-drop", site)
        .then()
        .statusCode(200);
    as(member)
        .get("/api/sites/{s}/alert-rules/pressure-drop", site)
        .then()
        .statusCode(200)
        .body("metric", equalTo("WATER_PRESSURE"));
    as(member).delete("/api/sites/{s}/alert-rules/pressure-drop", site).then().statusCode(204);
    as(member)
        .delete("/api/sites/{s}/alert-rules/pressure-drop", site)
        .then()
        .statusCode(404)
        .body("type", equalTo(ProblemException.TYPE_BASE + "rule-not-found"));
  }

  @Test
  void rules_thresholdWithoutMetric_400ProblemNamingTheField() {
    Map<String, Object> rule =
        Map.of("code", "broken", "kind", "THRESHOLD", "severity", "MINOR", "limit", 3);
    as(member)
        .body(rule)
        .put("/api/sites/{s}/alert-rules/broken", site)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-rule"))
        .body("detail", containsString("metric is required"));
  }

  @Test
  void rules_codeDiffersFromPath_400() {
    as(member)
        .body(
            Map.of(
                "code",
                "other",
                "kind",
                "EVENT",
                "severity",
                "MINOR",
                "events",
                new String[] {"SMOKE"}))
        .put("/api/sites/{s}/alert-rules/mine", site)
        .then()
        .statusCode(400)
        .body("detail", containsString("differs"));
  }

  @Test
  void settings_badTimeZoneOrWebhookWithoutSecret_400() {
    as(member)
        .body(Map.of("timeZone", "Mars/Olympus"))
        .put("/api/sites/{s}/alert-settings", site)
        .then()
        .statusCode(400)
        .body("detail", containsString("Mars/Olympus"));
    as(member)
        .body(Map.of("timeZone", "Asia/Shanghai", "webhookUrl", "https://hooks.example/x"))
        .put("/api/sites/{s}/alert-settings", site)
        .then()
        .statusCode(400)
        .body("detail", containsString("webhookSecret"));
  }

  @Test
  void settings_saved_readBackWithoutSecret() {
    as(member)
        .body(
            Map.of(
                "timeZone", "Asia/Shanghai",
                "escalationChain", new String[] {"pm1", "boss1"},
                "escalationMinutes", 5,
                "webhookUrl", "https://hooks.example/x",
                "webhookSecret", "a-long-enough-secret"))
        .put("/api/sites/{s}/alert-settings", site)
        .then()
        .statusCode(200);
    String body =
        as(member)
            .get("/api/sites/{s}/alert-settings", site)
            .then()
            .statusCode(200)
            .body("escalationChain", hasItems("pm1", "boss1"))
            .body("escalationMinutes", equalTo(5))
            .body("webhookSecretSet", equalTo(true))
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(body).doesNotContain("a-long-enough-secret");
  }

  @Test
  void quietHours_operatorWithBadSpec_400_andNonOperator_403() {
    String community = uniqueId("community");
    UserAccount operator = users.user(Role.OPERATOR);
    as(operator)
        .body(Map.of("spec", "MON-FRI 12:00"))
        .put("/api/communities/{c}/quiet-hours", community)
        .then()
        .statusCode(400)
        .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-quiet-hours"));
    as(member)
        .body(Map.of("spec", "MON-FRI 12:00-14:00"))
        .put("/api/communities/{c}/quiet-hours", community)
        .then()
        .statusCode(403);
    as(operator)
        .body(Map.of("spec", "MON-FRI 12:00-14:00", "holidays", new String[] {"2026-10-01"}))
        .put("/api/communities/{c}/quiet-hours", community)
        .then()
        .statusCode(200);
    as(member)
        .body(Map.of("timeZone", "Asia/Shanghai", "communityId", community))
        .put("/api/sites/{s}/alert-settings", site)
        .then()
        .statusCode(200)
        .body("communityId", equalTo(community));
  }

  @Test
  void preferences_defaultsThenSaved_andBadEmailRefused() {
    UserAccount user = users.user(Role.HOMEOWNER);
    as(user)
        .get("/api/me/notification-preferences")
        .then()
        .statusCode(200)
        .body("push", equalTo(true))
        .body("email", equalTo(false));
    as(user)
        .body(Map.of("push", true, "email", true, "emailAddress", "nope", "minSeverity", "MAJOR"))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo(ProblemException.TYPE_BASE + "invalid-preferences"));
    as(user)
        .body(
            Map.of(
                "push", false, "email", true, "emailAddress", "a@b.test", "minSeverity", "MAJOR"))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200);
    as(user)
        .get("/api/me/notification-preferences")
        .then()
        .body("push", equalTo(false))
        .body("emailAddress", equalTo("a@b.test"))
        .body("minSeverity", equalTo("MAJOR"));
  }

  @Test
  void openApi_documentsAlertEndpoints() {
    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(containsString("/api/sites/{siteId}/alerts/{id}/acknowledge"))
        .body(containsString("/api/sites/{siteId}/alert-rules/{code}"))
        .body(containsString("/api/me/notification-preferences"));
  }
}
