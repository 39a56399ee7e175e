package dev.sitehub.cloud.telemetry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.RejectReason;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.message.SeqRange;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.Test;

/**
 * Verifies the edge to API path through the real embedded broker: claim-code provisioning, COPY
 * ingestion, dedupe, gaps, rejects, device status from birth, Last Will and heartbeat timeout.
 */
@QuarkusTest
class IngestionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject TestUsers users;
  @Inject TestDevices devices;
  @Inject MessageCodec codec;
  @Inject IngestMetrics metrics;
  @Inject Db db;
  @Inject TelemetryStorage storage;

  @Test
  void endToEnd_provisionedDevicePublishes_readingsQueryableAndLastWillMarksOffline()
      throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    ProvisionResponse dev = devices.provision(site.siteId());
    assertThat(dev.accepted()).isTrue();
    assertThat(dev.siteId()).isEqualTo(site.siteId());

    MqttClient box = new MqttClient(devices.serverUri(), dev.deviceId(), new MemoryPersistence());
    box.setCallback(new TestDevices.Callback() {});
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(dev.deviceId());
    o.setPassword(dev.secret().getBytes(StandardCharsets.UTF_8));
    MqttMessage will =
        new MqttMessage(codec.encode(Messages.status(dev.deviceId(), DeviceState.OFFLINE)));
    will.setQos(1);
    o.setWill(Topics.status(site.siteId(), dev.deviceId()), will);
    box.connect(o);
    TestDevices.publish(
        box,
        Topics.status(site.siteId(), dev.deviceId()),
        codec.encode(Messages.status(dev.deviceId(), DeviceState.ONLINE)));
    for (int seq = 1; seq <= 3; seq++) {
      TestDevices.publish(
          box,
          Topics.telemetry(site.siteId(), dev.deviceId()),
          codec.encode(Messages.batch(dev.deviceId(), seq, 4)));
    }

    String token = TestUsers.token(owner);
    String devicesPath = "/api/sites/" + site.siteId() + "/devices";
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get("/api/sites/" + site.siteId() + "/readings/latest")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].sensorId", equalTo("temp1"))
                    .body("[0].value", equalTo(26.0f)));
    given()
        .auth()
        .oauth2(token)
        .get("/api/sites/" + site.siteId() + "/sensors/temp1/readings")
        .then()
        .statusCode(200)
        .body("points", hasSize(12))
        .body("layout", equalTo(storage.layout()));
    given()
        .auth()
        .oauth2(token)
        .queryParam("bucket", "1h")
        .queryParam("kind", "temperature")
        .get("/api/sites/" + site.siteId() + "/sensors/temp1/readings")
        .then()
        .statusCode(200)
        .body("buckets[-1].max", equalTo(26.0f));
    // The chart's columns carry exactly the buckets of the object form.
    String series = "/api/sites/" + site.siteId() + "/sensors/temp1/readings";
    JsonPath objects =
        given()
            .auth()
            .oauth2(token)
            .queryParam("bucket", "1m")
            .queryParam("kind", "temperature")
            .get(series)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath columns =
        given()
            .auth()
            .oauth2(token)
            .queryParam("bucket", "1m")
            .queryParam("kind", "temperature")
            .queryParam("format", "columns")
            .get(series)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> starts = objects.getList("buckets.bucket");
    assertThat(starts).isNotEmpty();
    assertThat(columns.getList("t", Long.class))
        .containsExactlyElementsOf(
            starts.stream().map(b -> Instant.parse(b).getEpochSecond()).toList());
    assertThat(columns.getList("avg", Double.class))
        .containsExactlyElementsOf(objects.getList("buckets.avg", Double.class));
    assertThat(columns.getList("max", Double.class))
        .containsExactlyElementsOf(objects.getList("buckets.max", Double.class));
    assertThat(columns.getList("n", Long.class))
        .containsExactlyElementsOf(objects.getList("buckets.count", Long.class));
    given()
        .auth()
        .oauth2(token)
        .queryParam("format", "columns")
        .get(series)
        .then()
        .statusCode(400)
        .body("type", endsWith("invalid-format"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("bucket", "1m")
        .queryParam("kind", "temperature")
        .queryParam("format", "xml")
        .get(series)
        .then()
        .statusCode(400)
        .body("type", endsWith("invalid-format"));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get(devicesPath)
                    .then()
                    .body("[0].online", equalTo(true)));

    box.disconnectForcibly(0, 100, false);
    box.close(true);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get(devicesPath)
                    .then()
                    .body("[0].online", equalTo(false)));
  }

  @Test
  void redeliveredBatch_sameSeqTwice_storedOnceAndCountedAsDuplicate() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = devices.provision(site.siteId());
    MqttClient box = devices.connect(dev);
    double dupBefore = metrics.duplicates();
    byte[] payload = codec.encode(Messages.batch(dev.deviceId(), 7, 5));
    TestDevices.publish(box, Topics.telemetry(site.siteId(), dev.deviceId()), payload);
    TestDevices.publish(box, Topics.telemetry(site.siteId(), dev.deviceId()), payload);
    await().atMost(WAIT).until(() -> metrics.duplicates() >= dupBefore + 1);
    assertThat(db.count("SELECT count(*) FROM reading WHERE device_id = ?", dev.deviceId()))
        .isEqualTo(5);
    box.disconnectForcibly(0, 5_000, true);
    box.close();
  }

  @Test
  void malformedAndMismatchedPayloads_rejectedAndCounted_ingestionContinues() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = devices.provision(site.siteId());
    MqttClient box = devices.connect(dev);
    double malformed = metrics.rejected(RejectReason.MALFORMED_JSON);
    double mismatch = metrics.rejected(RejectReason.DEVICE_MISMATCH);
    String topic = Topics.telemetry(site.siteId(), dev.deviceId());
    TestDevices.publish(box, topic, "{not json".getBytes(StandardCharsets.UTF_8));
    TestDevices.publish(box, topic, codec.encode(Messages.batch("someone-else", 1, 2)));
    TestDevices.publish(box, topic, codec.encode(Messages.batch(dev.deviceId(), 1, 3)));
    await()
        .atMost(WAIT)
        .until(
            () ->
                db.count("SELECT count(*) FROM reading WHERE device_id = ?", dev.deviceId()) == 3);
    assertThat(metrics.rejected(RejectReason.MALFORMED_JSON)).isEqualTo(malformed + 1);
    assertThat(metrics.rejected(RejectReason.DEVICE_MISMATCH)).isEqualTo(mismatch + 1);
    box.disconnectForcibly(0, 5_000, true);
    box.close();
  }

  @Test
  void sequenceJumpAndEdgeGapEvent_bothRecordedAsGaps() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = devices.provision(site.siteId());
    MqttClient box = devices.connect(dev);
    String topic = Topics.telemetry(site.siteId(), dev.deviceId());
    for (long seq : new long[] {1, 2, 5}) {
      TestDevices.publish(box, topic, codec.encode(Messages.batch(dev.deviceId(), seq, 1)));
    }
    DeviceEvent gap =
        new DeviceEvent(
            dev.deviceId(),
            6,
            Instant.now(),
            EventType.GAP,
            "outbox",
            EventState.PULSE,
            Map.of("cause", "disk_cap"),
            new SeqRange(3, 4));
    TestDevices.publish(box, Topics.event(site.siteId(), dev.deviceId()), codec.encode(gap));
    // Shared subscriptions may reorder messages: a late seq shrinks the cloud-detected gap, so
    // the settled state is exactly the missing range 3-4, seen by both sides.
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(
                        db.text(
                            "SELECT string_agg(source || ':' || from_seq || '-' || to_seq, ','"
                                + " ORDER BY source) FROM telemetry_gap WHERE device_id = ?",
                            dev.deviceId()))
                    .isEqualTo("cloud:3-4,edge:3-4"));
    String token = TestUsers.token(users.user(Role.OPERATOR));
    given()
        .auth()
        .oauth2(token)
        .get("/api/sites/" + site.siteId() + "/events")
        .then()
        .statusCode(200)
        .body("[0].type", equalTo("gap"));
    box.disconnectForcibly(0, 5_000, true);
    box.close();
  }
}
