package dev.sitehub.broker;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

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
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(10);
    if (username != null) {
      options.setUserName(username);
    }
    if (password != null) {
      options.setPassword(password.getBytes(StandardCharsets.UTF_8));
    }
    try {
      client.connect(options);
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
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

  public static void quietlyClose(MqttClient client) {
    try {
      if (client.isConnected()) {
        client.disconnect();
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
