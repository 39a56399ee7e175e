package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The user-visible flow with the real edge agent simulator: an installer's claim code provisions
 * the box over MQTT, its readings become queryable by the homeowner, it shows online with health,
 * and stopping the agent marks it offline through its Will.
 */
@QuarkusTest
class SimulatedSiteEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject TestUsers users;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int brokerPort;

  @Test
  void simulatedSite_claimedAndStreaming_readingsQueryableThenOfflineAfterStop() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(owner, installer);
    String code =
        given()
            .auth()
            .oauth2(TestUsers.token(installer))
            .post("/api/sites/" + site.siteId() + "/claims")
            .then()
            .statusCode(201)
            .extract()
            .path("code");
    String ownerToken = TestUsers.token(owner);
    String base = "/api/sites/" + site.siteId();
    Path dir = Files.createTempDirectory("sim-e2e-");

    SimulatedSite sim =
        SimulatedSite.start(
            SimulationOptions.withClaimCode("127.0.0.1", brokerPort, code, dir)
                .withCameras(0)
                .withIntervals(
                    Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    try {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(ownerToken)
                      .get(base + "/readings/latest")
                      .then()
                      .statusCode(200)
                      .body("kind", hasItem("temperature")));
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(ownerToken)
                      .get(base + "/devices")
                      .then()
                      .body("[0].deviceId", equalTo(sim.deviceId()))
                      .body("[0].online", equalTo(true))
                      .body("[0].health", notNullValue()));
      String sensor =
          given()
              .auth()
              .oauth2(ownerToken)
              .get(base + "/readings/latest")
              .then()
              .extract()
              .path("find { it.kind == 'temperature' }.sensorId");
      given()
          .auth()
          .oauth2(ownerToken)
          .queryParam("kind", "temperature")
          .get(base + "/sensors/" + sensor + "/readings")
          .then()
          .statusCode(200)
          .body("points.size()", greaterThan(0));
    } finally {
      sim.close();
    }
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(ownerToken)
                    .get(base + "/devices")
                    .then()
                    .body("[0].online", equalTo(false)));
  }
}
