package dev.sitehub.broker.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The launcher: starts with the extension, denies anonymous clients, fails loudly. */
class EmbeddedBrokerTest {
  private static ContractDatabase db;
  private static EmbeddedBroker broker;
  private static MqttClients clients;

  @BeforeAll
  static void start() {
    db = ContractDatabase.create();
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(ContractDatabase.USER)
                .revocationCheckInterval(Duration.ofSeconds(1))
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

  @Test
  void start_portZero_listensOnAFreeLoopbackPort() {
    assertThat(broker.port()).isPositive().isNotEqualTo(1883);
    assertThat(broker.serverUri()).isEqualTo("tcp://127.0.0.1:" + broker.port());
  }

  /** Verifies the ALLOW ALL trap of EmbeddedHiveMQ.builder() is undone. */
  @Test
  void connect_anonymousClient_refusedWithBadCredentials() {
    assertThat(clients.refusalCode(MqttClients.randomId("anon"), null, null)).isEqualTo(0x86);
  }

  @Test
  void connect_provisionedDevice_canPublishTelemetry() throws Exception {
    String site = MqttClients.randomId("site");
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice(site, device);
    MqttClient client = clients.connect(device, device, secret);
    try {
      int[] codes =
          MqttClients.publish(
              client, Topics.telemetry(site, device), "{}".getBytes(StandardCharsets.UTF_8), 1);
      // 0x00 success or 0x10 no matching subscribers: both below 0x80, the error range.
      assertThat(codes).hasSize(1);
      assertThat(codes[0]).isLessThan(0x80);
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void config_rendered_validatesAgainstHiveMqSchema() {
    String xml = BrokerConfigXml.render(18830, true, 100_000, 1_200_000);
    BrokerConfigXml.validate(xml);
    assertThat(xml).contains("<bind-address>127.0.0.1</bind-address>");
  }

  @Test
  void config_invalidValue_failsLoudly() {
    String xml = BrokerConfigXml.render(18830, true, 100_000, -1);
    assertThatThrownBy(() -> BrokerConfigXml.validate(xml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("invalid HiveMQ config");
  }
}
