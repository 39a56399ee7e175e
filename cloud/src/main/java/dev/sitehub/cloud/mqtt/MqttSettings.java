package dev.sitehub.cloud.mqtt;

import java.time.Duration;
import java.util.List;

/**
 * Resolved connection settings for one {@link BrokerLink}; {@code idleResubscribe} is {@link
 * MqttConfig#idleResubscribe()} (zero: never).
 */
public record MqttSettings(
    String serverUri,
    String clientId,
    String username,
    String password,
    int receiveMaximum,
    Duration sessionExpiry,
    Duration maxReconnectDelay,
    Duration idleResubscribe,
    List<String> subscriptions) {
  public MqttSettings {
    subscriptions = List.copyOf(subscriptions);
  }

  /** The same settings under another client id (another persistent session). */
  public MqttSettings withClientId(String id) {
    return new MqttSettings(
        serverUri,
        id,
        username,
        password,
        receiveMaximum,
        sessionExpiry,
        maxReconnectDelay,
        idleResubscribe,
        subscriptions);
  }

  @Override
  public String toString() {
    return "MqttSettings[" + serverUri + ", clientId=" + clientId + ", user=" + username + "]";
  }
}
