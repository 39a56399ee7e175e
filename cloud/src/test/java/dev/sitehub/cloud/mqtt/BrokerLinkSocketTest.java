package dev.sitehub.cloud.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BrokerResource;
import dev.sitehub.cloud.TestDevices;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.internal.ClientComms;
import org.eclipse.paho.mqttv5.client.internal.NetworkModule;
import org.eclipse.paho.mqttv5.client.internal.TCPNetworkModule;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * The socket a {@link BrokerLink} really connected with, read out of Paho after a real CONNECT to
 * the embedded HiveMQ CE: Nagle must be off on it, or every batch of 50 deliveries costs one
 * delayed-ACK stall on our PUBACKs (docs/BENCHMARKS.md).
 */
@QuarkusTest
@TestProfile(BrokerLinkShareGroupTest.NoAppConsumer.class)
class BrokerLinkSocketTest {
  @Inject TestDevices devices;

  @Test
  void connectedLink_onEmbeddedBroker_socketHasTcpNoDelay() throws Exception {
    String id = "nodelay-" + UUID.randomUUID().toString().substring(0, 8);
    try (BrokerLink link = new BrokerLink(settings(id), d -> {})) {
      link.start();
      await().atMost(Duration.ofSeconds(30)).until(link::isConnected);
      Socket s = socketOf((MqttClient) field(BrokerLink.class, "client").get(link));
      assertThat(s.isConnected()).isTrue();
      assertThat(s.getPort()).isEqualTo(java.net.URI.create(devices.serverUri()).getPort());
      assertThat(s.getTcpNoDelay()).isTrue();
    }
  }

  /** Verifies that the check above can fail: Paho's own default socket keeps Nagle on. */
  @Test
  void pahoDefaultSocket_onEmbeddedBroker_hasNagleOn() throws Exception {
    String id = "nagle-" + UUID.randomUUID().toString().substring(0, 8);
    MqttClient c = new MqttClient(devices.serverUri(), id, new MemoryPersistence());
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setUserName(MqttUsers.CLOUD);
    o.setPassword(BrokerResource.CLOUD_PASSWORD.getBytes(StandardCharsets.UTF_8));
    c.connect(o);
    try {
      Socket s = socketOf(c);
      assertThat(s.isConnected()).isTrue();
      assertThat(s.getTcpNoDelay()).isFalse();
    } finally {
      c.disconnect();
      c.close();
    }
  }

  /** Paho keeps the socket in its TCP network module; it has no public accessor for it. */
  static Socket socketOf(MqttClient client) throws ReflectiveOperationException {
    MqttAsyncClient async = (MqttAsyncClient) field(MqttClient.class, "aClient").get(client);
    ClientComms comms = (ClientComms) field(MqttAsyncClient.class, "comms").get(async);
    NetworkModule m = comms.getNetworkModules()[comms.getNetworkModuleIndex()];
    return (Socket) field(TCPNetworkModule.class, "socket").get(m);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private MqttSettings settings(String id) {
    return new MqttSettings(
        devices.serverUri(),
        id,
        MqttUsers.CLOUD,
        BrokerResource.CLOUD_PASSWORD,
        500,
        Duration.ofMinutes(1),
        Duration.ofSeconds(2),
        Duration.ZERO,
        List.of(Topics.sharedFilter(id, TopicKind.TELEMETRY)));
  }
}
