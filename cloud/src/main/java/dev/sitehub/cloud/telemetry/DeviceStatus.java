package dev.sitehub.cloud.telemetry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Formula;

/**
 * A box's connection state (table {@code device_status}), written by ingestion from status and
 * heartbeat messages in the same transaction as the readings; others ask {@link DeviceLiveness}.
 */
@Entity
@Table(name = "device_status")
class DeviceStatus {
  @Id
  @Column(name = "device_id")
  String deviceId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(nullable = false)
  boolean online;

  @Column(name = "last_seen", nullable = false)
  Instant lastSeen;

  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  // Read as text: the device page parses the heartbeat's health itself; only ingestion writes it.
  @Formula("health::text")
  String health;

  protected DeviceStatus() {}

  void offline(Instant at) {
    online = false;
    changedAt = at;
  }
}
