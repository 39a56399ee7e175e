package dev.sitehub.cloud.live;

import dev.sitehub.protocol.Topics;

/** One camera of one device at one site: what a viewer watches. */
public record CameraKey(String siteId, String deviceId, String cameraId) {
  public CameraKey {
    if (!Topics.isValidId(siteId) || !Topics.isValidId(deviceId) || !Topics.isValidId(cameraId)) {
      throw new IllegalArgumentException("site, device and camera must be valid ids");
    }
  }

  @Override
  public String toString() {
    return siteId + "/" + deviceId + "/" + cameraId;
  }
}
