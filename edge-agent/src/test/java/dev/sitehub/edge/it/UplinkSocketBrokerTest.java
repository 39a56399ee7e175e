package dev.sitehub.edge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.edge.config.FsyncPolicy;
import dev.sitehub.edge.config.OutboxSettings;
import dev.sitehub.edge.uplink.MqttCredentials;
import dev.sitehub.edge.uplink.MqttUplink;
import dev.sitehub.edge.uplink.Outbox;
import dev.sitehub.edge.uplink.SnapshotRing;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.ResultStatus;
import java.lang.reflect.Field;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.internal.ClientComms;
import org.eclipse.paho.mqttv5.client.internal.NetworkModule;
import org.eclipse.paho.mqttv5.client.internal.TCPNetworkModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The socket the edge uplink really connected with, read out of Paho after a real CONNECT to the
 * embedded HiveMQ CE: Nagle must be off, or the uplink's windowed publishes wait on delayed ACKs.
 */
class UplinkSocketBrokerTest {

  @Test
  void connectedUplink_onEmbeddedBroker_socketHasTcpNoDelay(@TempDir Path dir) throws Exception {
    String site = "site-" + UUID.randomUUID().toString().substring(0, 8);
    String device = "dev-" + UUID.randomUUID().toString().substring(0, 8);
    Clock clock = Clock.systemUTC();
    MessageCodec codec = MessageCodec.withDefaults();
    try (BrokerFixture broker = BrokerFixture.start()) {
      String secret = broker.addDevice(site, device);
      Outbox outbox =
          Outbox.open(
              new OutboxSettings(
                  dir, 1 << 20, 64 * 1024, FsyncPolicy.INTERVAL, Duration.ofMillis(500), 1),
              site,
              device,
              codec,
              clock);
      MqttUplink uplink =
          new MqttUplink(
              new BrokerSettings(
                  "127.0.0.1",
                  broker.port(),
                  false,
                  null,
                  null,
                  30,
                  Duration.ofMillis(200),
                  Duration.ofSeconds(1),
                  10),
              new MqttCredentials(device, device, secret),
              site,
              device,
              outbox,
              new SnapshotRing(1),
              codec,
              state ->
                  new DeviceStatus(
                      device, state, clock.instant(), "test", List.of(), List.of(), "test"),
              cmd ->
                  new CommandResult(
                      cmd.commandId(),
                      device,
                      ResultStatus.REJECTED,
                      clock.instant(),
                      "test",
                      Map.of()),
              clock);
      try {
        uplink.start();
        await().atMost(Duration.ofSeconds(30)).until(uplink::isConnected);
        Socket s = socketOf((MqttAsyncClient) field(MqttUplink.class, "client").get(uplink));
        assertThat(s.isConnected()).isTrue();
        assertThat(s.getPort()).isEqualTo(broker.port());
        assertThat(s.getTcpNoDelay()).isTrue();
      } finally {
        uplink.close();
        outbox.close();
      }
    }
  }

  /** Paho keeps the socket in its TCP network module; it has no public accessor for it. */
  private static Socket socketOf(MqttAsyncClient client) throws ReflectiveOperationException {
    ClientComms comms = (ClientComms) field(MqttAsyncClient.class, "comms").get(client);
    NetworkModule m = comms.getNetworkModules()[comms.getNetworkModuleIndex()];
    return (Socket) field(TCPNetworkModule.class, "socket").get(m);
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
