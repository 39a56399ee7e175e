package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.protocol.Topics;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks that a device named in a media request belongs to the site and is not revoked. */
@ApplicationScoped
public class SiteDevices {
  private final DeviceService devices;

  public SiteDevices(DeviceService devices) {
    this.devices = devices;
  }

  /** Throws 400 for malformed ids and 404 for a device that is not an active device of the site. */
  public void requireActive(String siteId, String deviceId, String cameraId) {
    if (!Topics.isValidId(deviceId) || !Topics.isValidId(cameraId)) {
      throw ProblemException.badRequest(
          "invalid-camera", "deviceId and cameraId must match " + Topics.ID_PATTERN.pattern());
    }
    boolean active =
        devices.list(siteId).stream()
            .anyMatch(d -> d.deviceId().equals(deviceId) && d.revokedAt() == null);
    if (!active) {
      throw ProblemException.notFound("unknown-device", "no active device with this id here");
    }
  }
}
