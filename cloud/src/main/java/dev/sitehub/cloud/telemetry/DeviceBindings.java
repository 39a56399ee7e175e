package dev.sitehub.cloud.telemetry;

import java.util.Optional;

/**
 * What ingestion asks the feature that registers boxes: which site a device may publish for. The
 * owner of the device credentials implements it; ingestion calls it from its writer threads, never
 * from an event loop, and caches the answer.
 */
public interface DeviceBindings {
  /** The site of a registered device whose credential is not revoked; empty otherwise. */
  Optional<String> siteOf(String deviceId);
}
