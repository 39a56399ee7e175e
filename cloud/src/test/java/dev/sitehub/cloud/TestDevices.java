package dev.sitehub.cloud;

import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** Provisions devices through the real MQTT claim exchange and connects them as real clients. */
@ApplicationScoped
public class TestDevices {
  private final DeviceService devices;
  private final MessageCodec codec;
  private final int port;

  public TestDevices(
      DeviceService devices,
      MessageCodec codec,
      @ConfigProperty(name = "sitehub.mqtt.port") int port) {
    this.devices = devices;
    this.codec = codec;
    this.port = port;
  }

  public String serverUri() {
    return "tcp://127.0.0.1:" + port;
  }

  /** Creates a claim for the site and provisions a box with it over MQTT. */
  public ProvisionResponse provision(String siteId) throws MqttException {
    ClaimView claim = devices.createClaim(siteId, null);
    return provisionWith(claim.code());
  }

  public ProvisionResponse provisionWith(String claimCode) throws MqttException {
    String clientId =
        MqttUsers.PROVISIONER_CLIENT_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    AtomicReference<ProvisionResponse> answer = new AtomicReference<>();
    MqttClient c = new MqttClient(serverUri(), clientId, new MemoryPersistence());
    c.setCallback(
        new Callback() {
          @Override
          public void messageArrived(String topic, MqttMessage message) {
            answer.set(codec.decodeProvisionResponse(message.getPayload()).value());
          }
        });
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(MqttUsers.PROVISION);
    o.setPassword(claimCode.getBytes(StandardCharsets.UTF_8));
    c.connect(o);
    try {
      c.subscribe(Topics.provisioning(TopicKind.PROVISION_RESPONSE, clientId), 1);
      MqttMessage m =
          new MqttMessage(
              codec.encode(
                  new ProvisionRequest("req-" + clientId, claimCode, "hw-" + clientId, "1.0")));
      m.setQos(1);
      c.publish(Topics.provisioning(TopicKind.PROVISION_REQUEST, clientId), m);
      await().atMost(Duration.ofSeconds(20)).until(() -> answer.get() != null);
      return answer.get();
    } finally {
      c.disconnectForcibly(0, 5_000, true);
      c.close();
    }
  }

  /** Connects as a provisioned device. */
  public MqttClient connect(ProvisionResponse device) throws MqttException {
    MqttClient c = new MqttClient(serverUri(), device.deviceId(), new MemoryPersistence());
    c.setCallback(new Callback() {});
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(device.deviceId());
    o.setPassword(device.secret().getBytes(StandardCharsets.UTF_8));
    c.connect(o);
    return c;
  }

  public static void publish(MqttClient c, String topic, byte[] payload) throws MqttException {
    MqttMessage m = new MqttMessage(payload);
    m.setQos(1);
    c.publish(topic, m);
  }

  /** A callback that ignores everything; Paho needs one. */
  public interface Callback extends MqttCallback {
    @Override
    default void disconnected(MqttDisconnectResponse r) {}

    @Override
    default void mqttErrorOccurred(MqttException e) {}

    @Override
    default void messageArrived(String topic, MqttMessage message) {}

    @Override
    default void deliveryComplete(IMqttToken token) {}

    @Override
    default void connectComplete(boolean reconnect, String uri) {}

    @Override
    default void authPacketArrived(int code, MqttProperties p) {}
  }
}
