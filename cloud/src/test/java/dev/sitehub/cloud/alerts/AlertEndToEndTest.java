package dev.sitehub.cloud.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.AlertTestSupport.FeedClient;
import dev.sitehub.cloud.notifications.SocketRegistry;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Test;

/**
 * An alert from breach to supervisor: a provisioned box publishes a leak event through the real
 * broker, the ingestion pipeline stores it and hands it to the engine, and the site's supervisor
 * sees it on their socket; a redelivered copy (same seq) does not count as a repeat.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AlertEndToEndTest {
  @TestHTTPResource("/")
  URI base;

  @Inject TestUsers users;
  @Inject TestDevices devices;
  @Inject MessageCodec codec;
  @Inject SocketRegistry sockets;
  @Inject AlertStore store;

  @Test
  void leakPublishedOverMqtt_reachesSupervisorSocket_andDuplicateSeqIsNotARepeat()
      throws Exception {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    String site = users.siteWith(supervisor).siteId();
    ProvisionResponse dev = devices.provision(site);
    MqttClient box = devices.connect(dev);
    try (FeedClient feed = new FeedClient(base, TestUsers.token(supervisor))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> sockets.connected(supervisor.userId()));
      DeviceEvent leak =
          new DeviceEvent(
              dev.deviceId(),
              7,
              Instant.now(),
              EventType.LEAK,
              "probe1",
              EventState.ON,
              Map.of(),
              null);

      TestDevices.publish(box, Topics.event(site, dev.deviceId()), codec.encode(leak));

      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> feed.messages.stream().anyMatch(m -> m.contains(site)));
      assertThat(feed.messages.get(0)).contains("\"OPENED\"", "\"leak\"", "probe1");

      TestDevices.publish(box, Topics.event(site, dev.deviceId()), codec.encode(leak));
      publish(box, site, dev.deviceId(), 8, EventState.ON);
      publish(box, site, dev.deviceId(), 9, EventState.OFF);
      // One device's messages are processed in order: once OFF resolved it, 7 again and 8 are in.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> feed.messages.stream().anyMatch(m -> m.contains("\"RESOLVED\"")));
      List<Alert> leaks = store.list(site, null, null, "leak", 10);
      assertThat(leaks).singleElement().extracting(Alert::occurrences).isEqualTo(2);
      assertThat(leaks.get(0).status()).isEqualTo(AlertStatus.RESOLVED);
    } finally {
      box.disconnectForcibly(0, 5_000, true);
      box.close();
    }
  }

  private void publish(MqttClient box, String site, String device, long seq, EventState state)
      throws Exception {
    DeviceEvent e =
        new DeviceEvent(
            device, seq, Instant.now(), EventType.LEAK, "probe1", state, Map.of(), null);
    TestDevices.publish(box, Topics.event(site, device), codec.encode(e));
  }
}
