package dev.sitehub.cloud.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BrokerResource;
import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Test;

/**
 * Two links in one share group of the real embedded HiveMQ CE. One link holds a delivery unacked
 * (as a writer busy with a commit does); the other subscribed while that delivery was the only
 * message. CE then serves the second member nothing more while the first holds its delivery,
 * because it polls a shared queue for all members only when the queue goes from empty to one
 * message. The idle re-subscribe is what gets the second member served.
 */
@QuarkusTest
@TestProfile(BrokerLinkShareGroupTest.NoAppConsumer.class)
class BrokerLinkShareGroupTest {
  private static final int MESSAGES = 20;

  @Inject TestUsers users;
  @Inject DeviceService deviceService;
  @Inject TestDevices devices;

  /** Turns off the application's own consumer; the test's links are the only ones. */
  public static class NoAppConsumer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("sitehub.mqtt.enabled", "false");
    }
  }

  @Test
  void idleMember_whilePeerHoldsDelivery_isServedAfterIdleResubscribe() throws Exception {
    Outcome o = run(Duration.ofMillis(200), Duration.ofSeconds(15));
    assertThat(o.late()).as("messages served to the idle member").isEqualTo(MESSAGES);
    assertThat(o.resubscribes()).isPositive();
  }

  /**
   * Verifies the broker behaviour that the re-subscribe works around, so the test above can fail.
   */
  @Test
  void idleMember_withoutIdleResubscribe_servedNothingWhilePeerHoldsDelivery() throws Exception {
    Outcome o = run(Duration.ZERO, Duration.ofSeconds(3));
    assertThat(o.late()).as("messages served to the idle member").isZero();
  }

  private Outcome run(Duration idleResubscribe, Duration wait) throws Exception {
    String group = "grp-" + UUID.randomUUID().toString().substring(0, 8);
    Site site = users.siteWith();
    ProvisionResponse dev = provisionDirect(site);
    String topic = Topics.telemetry(site.siteId(), dev.deviceId());
    byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);
    AtomicInteger held = new AtomicInteger();
    AtomicInteger late = new AtomicInteger();
    AtomicReference<BrokerLink> lateLink = new AtomicReference<>();
    // The holder never acknowledges: its one delivery stays in flight for the whole test.
    try (BrokerLink holder =
            new BrokerLink(
                settings(group, "holder", idleResubscribe), d -> held.incrementAndGet());
        BrokerLink second =
            new BrokerLink(
                settings(group, "late", idleResubscribe),
                d -> {
                  late.incrementAndGet();
                  lateLink.get().ack(d);
                })) {
      lateLink.set(second);
      MqttClient box = devices.connect(dev);
      try {
        holder.start();
        await().atMost(Duration.ofSeconds(30)).until(holder::isConnected);
        TestDevices.publish(box, topic, payload);
        await().atMost(Duration.ofSeconds(10)).until(() -> held.get() == 1);
        second.start();
        await().atMost(Duration.ofSeconds(30)).until(second::isConnected);
        for (int i = 0; i < MESSAGES; i++) {
          TestDevices.publish(box, topic, payload);
        }
        if (idleResubscribe.isZero()) {
          Thread.sleep(wait.toMillis());
        } else {
          await().atMost(wait).until(() -> late.get() >= MESSAGES);
        }
        assertThat(held.get()).as("the holder still holds only its first delivery").isEqualTo(1);
        return new Outcome(late.get(), second.resubscribes());
      } finally {
        box.disconnectForcibly(0, 5_000, true);
        box.close();
      }
    }
  }

  private record Outcome(int late, long resubscribes) {}

  private MqttSettings settings(String group, String name, Duration idleResubscribe) {
    return new MqttSettings(
        devices.serverUri(),
        name + "-" + group,
        MqttUsers.CLOUD,
        BrokerResource.CLOUD_PASSWORD,
        500,
        Duration.ofMinutes(1),
        Duration.ofSeconds(2),
        idleResubscribe,
        List.of(Topics.sharedFilter(group, TopicKind.TELEMETRY)));
  }

  private ProvisionResponse provisionDirect(Site site) {
    ClaimView claim = deviceService.createClaim(site.siteId(), null);
    String box = "box-" + UUID.randomUUID().toString().substring(0, 8);
    return deviceService.provision(box, new ProvisionRequest("r-" + box, claim.code(), box, "1.0"));
  }
}
