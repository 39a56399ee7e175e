package dev.sitehub.cloud.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One open viewer socket, held and renewed by one cloud instance (table live_viewer_lease). */
@Entity
@Table(name = "live_viewer_lease")
class ViewerLease {
  @Id
  @Column(name = "viewer_id")
  String viewerId;

  @Column(name = "instance_id", nullable = false)
  String instanceId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "device_id", nullable = false)
  String deviceId;

  @Column(name = "camera_id", nullable = false)
  String cameraId;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  protected ViewerLease() {}

  ViewerLease(
      String viewerId, String instanceId, CameraKey camera, String userId, Instant expiresAt) {
    this.viewerId = viewerId;
    this.instanceId = instanceId;
    this.siteId = camera.siteId();
    this.deviceId = camera.deviceId();
    this.cameraId = camera.cameraId();
    this.userId = userId;
    this.expiresAt = expiresAt;
  }
}
