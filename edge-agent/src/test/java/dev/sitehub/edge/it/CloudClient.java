package dev.sitehub.edge.it;

import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/** A Paho client playing the cloud in tests: records what it receives, publishes commands. */
public final class CloudClient implements AutoCloseable {
  /** One received message. */
  public record Received(
      String topic, byte[] payload, Map<String, String> props, boolean retained) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private final MqttClient client;
  private final MqttConnectionOptions options;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final String[] filters;
  private volatile MessageHandler handler;

  /** Reacts to a message, for example a provisioning responder. */
  @FunctionalInterface
  public interface MessageHandler {
    void on(CloudClient self, Received message) throws Exception;
  }

  /**
   * Connects as the cloud principal; a {@code persistent} client keeps its session (clean start
   * off, one hour expiry) so that messages queued while it was away are delivered on reconnect.
   */
  public CloudClient(
      String serverUri, String secret, String clientId, boolean persistent, String... filters)
      throws MqttException {
    this.filters = filters;
    client = new MqttClient(serverUri, clientId, new MemoryPersistence());
    options = new MqttConnectionOptions();
    options.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    options.setUserName(MqttUsers.CLOUD);
    options.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    options.setCleanStart(!persistent);
    if (persistent) {
      options.setSessionExpiryInterval(3600L);
    }
    options.setAutomaticReconnect(false);
    client.setCallback(new Listener());
    connect();
  }

  public void connect() throws MqttException {
    client.connect(options);
    int[] qos = new int[filters.length];
    java.util.Arrays.fill(qos, 1);
    if (filters.length > 0) {
      client.subscribe(filters, qos);
    }
  }

  public boolean isConnected() {
    return client.isConnected();
  }

  public void onMessage(MessageHandler h) {
    this.handler = h;
  }

  public List<Received> received() {
    return received;
  }

  public List<Received> receivedOn(String topic) {
    return received.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  public void publish(String topic, byte[] payload) throws MqttException {
    MqttMessage m = new MqttMessage(payload);
    m.setQos(1);
    client.publish(topic, m);
  }

  private final class Listener implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
      Map<String, String> props = new HashMap<>();
      if (message.getProperties() != null && message.getProperties().getUserProperties() != null) {
        for (UserProperty p : message.getProperties().getUserProperties()) {
          props.put(p.getKey(), p.getValue());
        }
      }
      Received r = new Received(topic, message.getPayload(), props, message.isRetained());
      received.add(r);
      MessageHandler h = handler;
      if (h != null) {
        h.on(CloudClient.this, r);
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {}

    @Override
    public void mqttErrorOccurred(MqttException exception) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnectForcibly(0, 5_000, true);
      }
      client.close();
    } catch (MqttException e) {
      // Test teardown: the broker may already be gone.
    }
  }
}
