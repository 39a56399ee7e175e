package dev.sitehub.cloud.devices;

/** A device's new secret after re-provisioning, shown once to the installer. */
public record ReprovisionView(String deviceId, String siteId, String secret) {
  @Override
  public String toString() {
    return "ReprovisionView[deviceId=" + deviceId + ", siteId=" + siteId + ", secret=<redacted>]";
  }
}
