package dev.sitehub.broker.auth;

/**
 * One row of mqtt_principal as the extension sees it.
 *
 * @param principalId device id or the cloud's username
 * @param cloud true for kind 'cloud', false for 'device'
 * @param siteId the device's site, null for the cloud
 * @param secretHash DeviceSecrets hash; never logged
 * @param revoked whether revoked_at is set
 */
public record PrincipalRecord(
    String principalId, boolean cloud, String siteId, String secretHash, boolean revoked) {

  @Override
  public String toString() {
    return "PrincipalRecord[" + principalId + ", cloud=" + cloud + ", site=" + siteId + "]";
  }
}
