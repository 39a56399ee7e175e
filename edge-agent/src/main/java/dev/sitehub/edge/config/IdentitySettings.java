package dev.sitehub.edge.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Who the box is. Before provisioning only the claim code is known; site and device ids then come
 * from the stored credentials file.
 */
public record IdentitySettings(
    String siteId,
    String deviceId,
    String hardwareId,
    Path credentialsFile,
    String claimCode,
    Duration provisionTimeout) {

  @Override
  public String toString() {
    return "IdentitySettings[site=" + siteId + ", device=" + deviceId + ", claimCode=<redacted>]";
  }
}
