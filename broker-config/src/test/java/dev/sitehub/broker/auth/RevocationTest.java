package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.broker.RecordingCallback;
import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import java.time.Duration;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation with a 1 s check interval and 1 s cache: the production bound (60 s / 10 s) is the
 * same mechanism with larger numbers.
 */
class RevocationTest {
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  /** Interval plus one sweep's slack. */
  private static final Duration BOUND = Duration.ofSeconds(4);

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
                .cacheTtl(INTERVAL)
                .revocationCheckInterval(INTERVAL)
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
  void revoke_connectedDevice_disconnectedWithinBoundAndCannotReconnect() throws Exception {
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice("site-r", device);
    RecordingCallback seen = new RecordingCallback();
    MqttClient client = clients.connect(device, device, secret, seen);
    try {
      db.revoke(device);
      await().atMost(BOUND).until(() -> !client.isConnected());
      assertThat(seen.disconnectCode.get()).isEqualTo(0x87);
      assertThat(clients.refusalCode(device, device, secret)).isEqualTo(0x87);
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void delete_connectedDevice_disconnectedWithinBound() throws Exception {
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice("site-r", device);
    RecordingCallback seen = new RecordingCallback();
    MqttClient client = clients.connect(device, device, secret, seen);
    try {
      db.delete(device);
      await().atMost(BOUND).until(() -> !client.isConnected());
      assertThat(seen.disconnectCode.get()).isEqualTo(0x87);
      assertThat(clients.refusalCode(device, device, secret)).isEqualTo(0x86);
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void revoke_cachedDevice_refusedOnceCacheExpires() throws Exception {
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice("site-r", device);
    MqttClients.quietlyClose(clients.connect(device, device, secret));
    db.revoke(device);
    await()
        .atMost(BOUND)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> clients.refusalCode(device, device, secret) == 0x87);
  }

  @Test
  void sweep_activeDevice_staysConnected() throws Exception {
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice("site-r", device);
    MqttClient client = clients.connect(device, device, secret);
    try {
      // Three sweeps pass; an unrevoked device must survive all of them.
      await()
          .during(Duration.ofMillis(3 * INTERVAL.toMillis()))
          .atMost(BOUND)
          .until(client::isConnected);
    } finally {
      MqttClients.quietlyClose(client);
    }
  }
}
