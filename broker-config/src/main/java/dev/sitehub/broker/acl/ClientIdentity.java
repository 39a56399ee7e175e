package dev.sitehub.broker.acl;

import dev.sitehub.protocol.Principal;
import java.util.Objects;

/**
 * Who an authenticated connection is: what the ACL decides on.
 *
 * @param principal the kind of client
 * @param principalId device id, cloud username, or the provisioning client id
 * @param siteId the device's site; null for the cloud and provisioners
 * @param clientId the MQTT client id of the connection
 */
public record ClientIdentity(
    Principal principal, String principalId, String siteId, String clientId) {

  public ClientIdentity {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(principalId, "principalId");
    Objects.requireNonNull(clientId, "clientId");
    if (principal == Principal.DEVICE && siteId == null) {
      throw new IllegalArgumentException("a device identity needs a site id");
    }
  }

  public static ClientIdentity device(String deviceId, String siteId) {
    return new ClientIdentity(Principal.DEVICE, deviceId, siteId, deviceId);
  }

  public static ClientIdentity cloud(String username, String clientId) {
    return new ClientIdentity(Principal.CLOUD, username, null, clientId);
  }

  public static ClientIdentity provisioner(String clientId) {
    return new ClientIdentity(Principal.PROVISIONER, clientId, null, clientId);
  }
}
