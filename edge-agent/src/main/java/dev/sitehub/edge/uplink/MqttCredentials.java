package dev.sitehub.edge.uplink;

/** What the uplink presents to the broker. The password never appears in {@link #toString()}. */
public record MqttCredentials(String clientId, String username, String password) {
  @Override
  public String toString() {
    return "MqttCredentials[clientId=" + clientId + ", username=" + username + ", password=***]";
  }
}
