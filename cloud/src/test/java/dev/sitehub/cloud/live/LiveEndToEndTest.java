package dev.sitehub.cloud.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.message.CameraHealth;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A camera's frames reach a browser socket end to end: real edge agent simulator, embedded broker,
 * cloud, websocket client. Opening the viewer switches the simulated camera to live; after the
 * viewer leaves, the agent returns to idle once the last request lapses. Snapshot-now completes
 * through the same agent.
 */
@QuarkusTest
class LiveEndToEndTest {
  @TestHTTPResource("/")
  URL base;

  @Inject TestUsers users;
  @Inject DeviceService devices;
  @Inject LiveViewers viewers;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int brokerPort;

  @TempDir Path agentDir;

  private SimulatedSite agent;
  private ScheduledExecutorService ticker;

  @BeforeEach
  void startAgentAndTicker() {
    ticker = Executors.newSingleThreadScheduledExecutor();
    // The scheduled tick is off in tests; this stands in for it at a test-friendly rate.
    ticker.scheduleAtFixedRate(viewers::tick, 500, 500, TimeUnit.MILLISECONDS);
  }

  @AfterEach
  void stop() {
    ticker.shutdownNow();
    if (agent != null) {
      agent.close();
    }
  }

  private String startAgentOn(Site site) {
    String claim = devices.createClaim(site.siteId(), null).code();
    agent =
        SimulatedSite.start(
            SimulationOptions.withClaimCode("127.0.0.1", brokerPort, claim, agentDir));
    return agent.deviceId();
  }

  private String cameraMode() {
    return agent.agent().cameras().health().stream()
        .filter(h -> h.cameraId().equals("cam1"))
        .map(CameraHealth::mode)
        .findFirst()
        .orElse("none");
  }

  @Test
  void viewerOpens_agentGoesLive_framesReachSocket_thenLapsesToIdleAfterClose() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String device = startAgentOn(site);
    assertThat(cameraMode()).isEqualTo("idle");

    Response ticket =
        given()
            .auth()
            .oauth2(TestUsers.token(owner))
            .contentType(ContentType.JSON)
            .body(Map.of("deviceId", device, "cameraId", "cam1"))
            .post("/api/sites/" + site.siteId() + "/live/tickets");
    assertThat(ticket.statusCode()).isEqualTo(201);
    URI socket =
        URI.create(
            "ws://"
                + base.getHost()
                + ":"
                + base.getPort()
                + ticket.jsonPath().getString("socketPath")
                + "?ticket="
                + ticket.jsonPath().getString("ticket"));

    TestViewer viewer = TestViewer.connect(socket, false);
    CameraKey camera = new CameraKey(site.siteId(), device, "cam1");
    try {
      await().atMost(Duration.ofSeconds(15)).until(() -> "live".equals(cameraMode()));
      await().atMost(Duration.ofSeconds(15)).until(() -> viewer.binaries.size() >= 10);
      assertThat(viewer.texts.get(0)).contains("\"type\":\"hello\"");
      assertThat(viewer.binaries)
          .allSatisfy(b -> assertThat(FrameCodec.isCompleteJpeg(b.bytes())).isTrue());
      // Still live well past one stream period (4 s in tests): the ticks renew it.
      int seen = viewer.binaries.size();
      await()
          .pollDelay(Duration.ofSeconds(6))
          .atMost(Duration.ofSeconds(10))
          .until(() -> viewer.binaries.size() > seen + 20);
      assertThat(cameraMode()).isEqualTo("live");
    } finally {
      viewer.close();
    }

    await().atMost(Duration.ofSeconds(5)).until(() -> viewers.viewerCount(camera) == 0);
    await().atMost(Duration.ofSeconds(15)).until(() -> "idle".equals(cameraMode()));
    assertThat(viewers.isStreaming(camera)).isFalse();
  }

  @Test
  void ticket_nonMember_403() {
    UserAccount outsider = users.user(Role.SUPERVISOR);
    Site site = users.siteWith();
    given()
        .auth()
        .oauth2(TestUsers.token(outsider))
        .contentType(ContentType.JSON)
        .body(Map.of("deviceId", "dev1", "cameraId", "cam1"))
        .post("/api/sites/" + site.siteId() + "/live/tickets")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void snapshotNow_realAgent_returnsArchivedRequestFrame() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    Site site = users.siteWith(supervisor);
    String device = startAgentOn(site);
    String token = TestUsers.token(supervisor);
    // Commands are not queued for a device that has not subscribed yet, and the camera needs a
    // first frame before it can answer a snapshot.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                agent.agent().uplink().isConnected()
                    && agent.agent().cameras().health().get(0).lastFrameAt() != null);

    Response r =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .queryParam("wait", 15)
            .body(Map.of("deviceId", device, "cameraId", "cam1"))
            .post("/api/sites/" + site.siteId() + "/snapshots/requests");

    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    assertThat(r.jsonPath().getString("status")).isEqualTo("done");
    assertThat(r.jsonPath().getString("snapshot.reason")).isEqualTo("request");
    byte[] image =
        given()
            .auth()
            .oauth2(token)
            .get(r.jsonPath().getString("snapshot.imageUrl"))
            .then()
            .statusCode(200)
            .contentType("image/jpeg")
            .extract()
            .asByteArray();
    assertThat(FrameCodec.isCompleteJpeg(image)).isTrue();
    assertThat(image.length).isEqualTo(r.jsonPath().getInt("snapshot.sizeBytes"));
  }

  @Test
  void snapshotNow_unknownDevice_404ProblemJson() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    given()
        .auth()
        .oauth2(TestUsers.token(owner))
        .contentType(ContentType.JSON)
        .body(Map.of("deviceId", "no-such-device", "cameraId", "cam1"))
        .post("/api/sites/" + site.siteId() + "/snapshots/requests")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
