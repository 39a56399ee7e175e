package dev.sitehub.broker.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.protocol.Topics;
import java.nio.charset.StandardCharsets;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One box cannot take more than its share of the broker: CE's incoming-bandwidth-throttling reads
 * at most the configured bytes per second from a client, by TCP backpressure, so nothing is lost.
 * The check is a lower bound on time (a loaded machine only makes it slower), not a speed goal.
 */
class IncomingThrottleTest {
  private static final long LIMIT = 32 * 1024;
  private static ContractDatabase db;
  private static EmbeddedBroker broker;

  @BeforeAll
  static void start() {
    db = ContractDatabase.create();
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .incomingBytesPerSecond(LIMIT)
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(ContractDatabase.USER)
                .build());
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
    db.close();
  }

  @Test
  void device_publishingFasterThanItsShare_isSlowedToTheLimit_andLosesNothing() throws Exception {
    String site = MqttClients.randomId("site");
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice(site, device);
    byte[] payload =
        ("{\"pad\":\"" + "x".repeat(16 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    int messages = 16; // 256 KiB: 8 s at 32 KiB/s, well under a second unthrottled on loopback
    MqttClient client = new MqttClients(broker.serverUri()).connect(device, device, secret);
    try {
      long start = System.nanoTime();
      int acked = 0;
      for (int i = 0; i < messages; i++) {
        int[] codes = MqttClients.publish(client, Topics.telemetry(site, device), payload, 1);
        if (codes.length == 1 && codes[0] < 0x80) {
          acked++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(acked).as("every publish acknowledged").isEqualTo(messages);
      double floor = (messages * payload.length - 2 * LIMIT) / (double) LIMIT;
      assertThat(seconds).as("took at least the throttled time").isGreaterThanOrEqualTo(floor);
    } finally {
      MqttClients.quietlyClose(client);
    }
  }
}
