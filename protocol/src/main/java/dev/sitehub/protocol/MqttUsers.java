package dev.sitehub.protocol;

/** Well-known MQTT usernames. Devices use their device id; these are the exceptions. */
public final class MqttUsers {
  /**
   * Username of an unprovisioned box. Its password is the installer's claim code and its client id
   * is a random id it chose, which scopes its provisioning topics.
   */
  public static final String PROVISION = "provision";

  /** Default username of the cloud service principal (configurable on both sides). */
  public static final String CLOUD = "sitehub-cloud";

  private MqttUsers() {}
}
