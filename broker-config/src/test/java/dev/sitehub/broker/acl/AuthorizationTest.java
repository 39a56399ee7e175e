package dev.sitehub.broker.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.broker.RecordingCallback;
import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.ProtocolLimits;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ACL as clients see it through a real embedded broker. Per FACTS: a refused PUBLISH gets
 * PUBACK 0x87 and then a DISCONNECT; a refused SUBSCRIBE gets SUBACK 0x87 and stays connected.
 */
class AuthorizationTest {
  private static final int NOT_AUTHORIZED = 0x87;
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final byte[] JSON = "{}".getBytes(StandardCharsets.UTF_8);

  private static ContractDatabase db;
  private static EmbeddedBroker broker;
  private static MqttClients clients;
  private static String cloudSecret;

  @BeforeAll
  static void start() {
    db = ContractDatabase.create();
    cloudSecret = db.addCloud(MqttUsers.CLOUD);
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(ContractDatabase.USER)
                .build());
    clients = new MqttClients(broker.serverUri());
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
    db.close();
  }

  /** A fresh registered device on a fresh site. */
  private record Device(String site, String id, MqttClient client, RecordingCallback seen) {}

  private static Device device() throws Exception {
    String site = MqttClients.randomId("site");
    String id = MqttClients.randomId("dev");
    String secret = db.addDevice(site, id);
    RecordingCallback seen = new RecordingCallback();
    return new Device(site, id, clients.connect(id, id, secret, seen), seen);
  }

  private static MqttClient cloud(RecordingCallback seen) throws Exception {
    return clients.connect(MqttClients.randomId("cloud"), MqttUsers.CLOUD, cloudSecret, seen);
  }

  private static void assertPublishRefusedThenDisconnected(Device d, String topic, byte[] payload)
      throws Exception {
    int[] codes = MqttClients.publish(d.client(), topic, payload, 1);
    assertThat(codes).containsExactly(NOT_AUTHORIZED);
    await().atMost(WAIT).until(() -> !d.client().isConnected());
    assertThat(d.seen().disconnectCode.get()).isEqualTo(NOT_AUTHORIZED);
  }

  @Test
  void publish_toAnotherDevicesTopic_pubackNotAuthorizedThenDisconnect() throws Exception {
    Device d = device();
    try {
      assertPublishRefusedThenDisconnected(d, Topics.telemetry(d.site(), "dev-other"), JSON);
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  @Test
  void publish_toAnotherSitesTopic_pubackNotAuthorizedThenDisconnect() throws Exception {
    Device d = device();
    try {
      assertPublishRefusedThenDisconnected(d, Topics.telemetry("site-other", d.id()), JSON);
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  @Test
  void subscribe_deviceToHash_subackNotAuthorizedAndStaysConnected() throws Exception {
    Device d = device();
    try {
      assertThat(MqttClients.subscribe(d.client(), "#", 1)).containsExactly(NOT_AUTHORIZED);
      assertThat(d.client().isConnected()).isTrue();
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  @Test
  void subscribe_deviceToAnotherDevicesCommand_subackNotAuthorized() throws Exception {
    Device d = device();
    try {
      assertThat(MqttClients.subscribe(d.client(), Topics.command(d.site(), "dev-other"), 1))
          .containsExactly(NOT_AUTHORIZED);
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  /** Verifies the granted path end to end: cloud command in, device telemetry out. */
  @Test
  void exchange_cloudAndDevice_commandAndTelemetryDelivered() throws Exception {
    Device d = device();
    RecordingCallback cloudSeen = new RecordingCallback();
    MqttClient cloud = cloud(cloudSeen);
    try {
      assertThat(MqttClients.subscribe(d.client(), Topics.command(d.site(), d.id()), 1))
          .containsExactly(1);
      assertThat(
              MqttClients.subscribe(cloud, Topics.sharedFilter("acltest", TopicKind.TELEMETRY), 1))
          .containsExactly(1);

      assertThat(MqttClients.publish(cloud, Topics.command(d.site(), d.id()), JSON, 1)[0])
          .isLessThan(0x80);
      RecordingCallback.Arrived command = d.seen().messages.poll(5, TimeUnit.SECONDS);
      assertThat(command).isNotNull();
      assertThat(command.topic()).isEqualTo(Topics.command(d.site(), d.id()));

      assertThat(MqttClients.publish(d.client(), Topics.telemetry(d.site(), d.id()), JSON, 1)[0])
          .isLessThan(0x80);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  cloudSeen.messages.stream()
                      .anyMatch(a -> a.topic().equals(Topics.telemetry(d.site(), d.id()))));
    } finally {
      MqttClients.quietlyClose(d.client());
      MqttClients.quietlyClose(cloud);
    }
  }

  /** Verifies the cloud cannot read commands or anything outside its all-sites filters. */
  @Test
  void subscribe_cloudToCommandsOrHash_subackNotAuthorized() throws Exception {
    MqttClient cloud = cloud(new RecordingCallback());
    try {
      assertThat(MqttClients.subscribe(cloud, Topics.sharedFilter("acltest", TopicKind.COMMAND), 1))
          .containsExactly(NOT_AUTHORIZED);
      assertThat(MqttClients.subscribe(cloud, "#", 1)).containsExactly(NOT_AUTHORIZED);
      assertThat(MqttClients.subscribe(cloud, Topics.allSitesFilter(TopicKind.STATUS), 1))
          .containsExactly(1);
    } finally {
      MqttClients.quietlyClose(cloud);
    }
  }

  @Test
  void publish_provisionerToTelemetry_refused() throws Exception {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-p", Instant.now().plus(1, ChronoUnit.HOURS));
    String box = MqttClients.randomId("prov");
    RecordingCallback seen = new RecordingCallback();
    MqttClient client = clients.connect(box, MqttUsers.PROVISION, code, seen);
    try {
      assertThat(
              MqttClients.subscribe(
                  client, Topics.provisioning(TopicKind.PROVISION_RESPONSE, box), 1))
          .containsExactly(1);
      assertThat(
              MqttClients.publish(
                  client, Topics.provisioning(TopicKind.PROVISION_REQUEST, box), JSON, 1)[0])
          .isLessThan(0x80);
      assertThat(MqttClients.publish(client, Topics.telemetry("site-p", box), JSON, 1))
          .containsExactly(NOT_AUTHORIZED);
      await().atMost(WAIT).until(() -> !client.isConnected());
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void publish_retainedTelemetry_refusedButRetainedStatusGranted() throws Exception {
    Device d = device();
    try {
      d.client().publish(Topics.status(d.site(), d.id()), JSON, 1, true);
      assertThat(d.client().isConnected()).isTrue();
      d.client().publish(Topics.telemetry(d.site(), d.id()), JSON, 1, true);
      await().atMost(WAIT).until(() -> !d.client().isConnected());
      assertThat(d.seen().disconnectCode.get()).isEqualTo(NOT_AUTHORIZED);
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  /** Verifies the edge agent's retained offline Will on its own STATUS is accepted. */
  @Test
  void connect_willOnOwnStatus_admitted() throws Exception {
    String site = MqttClients.randomId("site");
    String id = MqttClients.randomId("dev");
    String secret = db.addDevice(site, id);
    MqttClient client = clients.connectWithWill(id, id, secret, Topics.status(site, id));
    try {
      assertThat(client.isConnected()).isTrue();
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void connect_willOnAnotherDevicesStatus_refused() throws Exception {
    String site = MqttClients.randomId("site");
    String id = MqttClients.randomId("dev");
    String secret = db.addDevice(site, id);
    MqttException refused =
        assertThrows(
            MqttException.class,
            () -> clients.connectWithWill(id, id, secret, Topics.status(site, "dev-other")));
    assertThat(refused.getReasonCode()).isEqualTo(NOT_AUTHORIZED);
  }

  @Test
  void publish_frameOfExactlyMaxSize_delivered() throws Exception {
    Device d = device();
    try {
      byte[] frame = new byte[ProtocolLimits.DEFAULT_MAX_FRAME_BYTES];
      int[] codes =
          MqttClients.publish(d.client(), Topics.frame(d.site(), d.id(), "cam-1"), frame, 1);
      assertThat(codes[0]).isLessThan(0x80);
      assertThat(d.client().isConnected()).isTrue();
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }

  @Test
  void publish_frameOneByteOverMax_refused() throws Exception {
    Device d = device();
    try {
      byte[] frame = new byte[ProtocolLimits.DEFAULT_MAX_FRAME_BYTES + 1];
      int[] codes =
          MqttClients.publish(d.client(), Topics.frame(d.site(), d.id(), "cam-1"), frame, 1);
      // 0x97 quota exceeded tells the agent "too big" apart from "not yours" (0x87).
      assertThat(codes).containsExactly(0x97);
      await().atMost(WAIT).until(() -> !d.client().isConnected());
    } finally {
      MqttClients.quietlyClose(d.client());
    }
  }
}
