package dev.sitehub.protocol;

/** Well-known MQTT usernames. Devices use their device id; these are the exceptions. */
public final class MqttUsers {
  /**
   * Username of an unprovisioned box. Its password is the installer's claim code and its client id
   * is a random id it chose in the {@link #PROVISIONER_CLIENT_PREFIX} namespace, which scopes its
   * provisioning topics.
   */
  public static final String PROVISION = "provision";

  /** Default username of the cloud service principal (configurable on both sides). */
  public static final String CLOUD = "sitehub-cloud";

  /**
   * Prefix every provisioner's client id must carry. The namespace keeps a claim-code holder away
   * from the ids of devices and of the cloud, so it can never take over their sessions.
   */
  public static final String PROVISIONER_CLIENT_PREFIX = "prov-";

  /** Whether {@code clientId} lies in the provisioners' namespace. */
  public static boolean isProvisionerClientId(String clientId) {
    return clientId != null && clientId.startsWith(PROVISIONER_CLIENT_PREFIX);
  }

  /**
   * Whether {@code clientId} lies in the namespace reserved for the cloud principal named {@code
   * cloudUsername}: the username itself and every id that starts with it and a dash (the default
   * ids of the cloud's links are {@code <username>-<host>} and {@code <username>-<host>-cN}).
   */
  public static boolean isCloudClientId(String clientId, String cloudUsername) {
    return clientId != null
        && (clientId.equals(cloudUsername) || clientId.startsWith(cloudUsername + "-"));
  }

  private MqttUsers() {}
}
