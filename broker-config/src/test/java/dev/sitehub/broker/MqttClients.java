package dev.sitehub.broker;

import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** Real Paho v5 clients for the broker tests. */
public final class MqttClients {
  private final String serverUri;

  public MqttClients(String serverUri) {
    this.serverUri = serverUri;
  }

  /** Connects, or throws the broker's refusal (reason code in {@code getReasonCode()}). */
  public MqttClient connect(String clientId, String username, String password)
      throws MqttException {
    MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
    try {
      client.connect(options(username, password));
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
  }

  private static MqttConnectionOptions options(String username, String password) {
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    options.setCleanStart(true);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(10);
    if (username != null) {
      options.setUserName(username);
    }
    if (password != null) {
      options.setPassword(password.getBytes(StandardCharsets.UTF_8));
    }
    return options;
  }

  /**
   * Tries to connect with the given session flags and returns the CONNACK refusal code, or 0 if the
   * connect succeeded.
   */
  public int refusalCode(
      String clientId, String username, String password, boolean cleanStart, long sessionExpiry) {
    try {
      MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
      MqttConnectionOptions options = options(username, password);
      options.setCleanStart(cleanStart);
      options.setSessionExpiryInterval(sessionExpiry);
      try {
        client.connect(options);
      } catch (MqttException e) {
        client.close(true);
        throw e;
      }
      quietlyClose(client);
      return 0;
    } catch (MqttException e) {
      return e.getReasonCode();
    }
  }

  /** Tries to connect and returns the CONNACK refusal code, or 0 if the connect succeeded. */
  public int refusalCode(String clientId, String username, String password) {
    try {
      MqttClient client = connect(clientId, username, password);
      quietlyClose(client);
      return 0;
    } catch (MqttException e) {
      return e.getReasonCode();
    }
  }

  /** Publishes and waits for the acknowledgement; returns the PUBACK reason codes. */
  public static int[] publish(MqttClient client, String topic, byte[] payload, int qos)
      throws MqttException {
    IMqttToken token = client.getTopic(topic).publish(payload, qos, false);
    token.waitForCompletion(10_000);
    return token.getReasonCodes();
  }

  /** Subscribes and returns the SUBACK reason codes (a refusal thrown by Paho included). */
  public static int[] subscribe(MqttClient client, String filter, int qos) {
    try {
      IMqttToken token = client.subscribe(filter, qos);
      token.waitForCompletion(10_000);
      return token.getReasonCodes();
    } catch (MqttException e) {
      return new int[] {e.getReasonCode()};
    }
  }

  /** Connects with a {@link RecordingCallback} installed before the CONNECT. */
  public MqttClient connect(
      String clientId, String username, String password, RecordingCallback callback)
      throws MqttException {
    MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
    client.setCallback(callback);
    client.connect(options(username, password));
    return client;
  }

  /** Connects with a retained Last Will on {@code willTopic}, as the edge agent does on STATUS. */
  public MqttClient connectWithWill(
      String clientId, String username, String password, String willTopic) throws MqttException {
    MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
    MqttConnectionOptions options = options(username, password);
    MqttMessage will = new MqttMessage("{}".getBytes(StandardCharsets.UTF_8));
    will.setQos(1);
    will.setRetained(true);
    options.setWill(willTopic, will);
    try {
      client.connect(options);
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
  }

  public static void quietlyClose(MqttClient client) {
    try {
      if (client.isConnected()) {
        // Bounded: Paho 1.2.5's plain disconnect() waited forever once, right after a refused
        // PUBLISH, and hung the build.
        client.disconnectForcibly(0, 5_000, true);
      }
    } catch (MqttException e) {
      // already gone: nothing to clean up
    }
    try {
      client.close(true);
    } catch (MqttException e) {
      // closing a dead client can fail harmlessly
    }
  }

  public static String randomId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
