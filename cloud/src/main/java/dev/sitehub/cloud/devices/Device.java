package dev.sitehub.cloud.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the cloud knows about a provisioned box (table {@code device}). */
@Entity
@Table(name = "device")
class Device {
  @Id
  @Column(name = "device_id")
  String deviceId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "hardware_id")
  String hardwareId;

  @Column(name = "agent_version")
  String agentVersion;

  @Column(name = "provisioned_at", nullable = false)
  Instant provisionedAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  protected Device() {}

  Device(String deviceId, String siteId, String hardwareId, String agentVersion, Instant now) {
    this.deviceId = deviceId;
    this.siteId = siteId;
    this.hardwareId = hardwareId;
    this.agentVersion = agentVersion;
    this.provisionedAt = now;
  }
}
