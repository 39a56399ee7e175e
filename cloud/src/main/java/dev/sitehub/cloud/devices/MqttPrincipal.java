package dev.sitehub.cloud.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A credential in the broker's store (table {@code mqtt_principal}, the broker contract): a device
 * bound to its site, or the cloud's service account.
 */
@Entity
@Table(name = "mqtt_principal")
class MqttPrincipal {
  static final String DEVICE = "device";

  @Id
  @Column(name = "principal_id")
  String principalId;

  @Column(nullable = false)
  String kind;

  @Column(name = "site_id")
  String siteId;

  @Column(name = "secret_hash", nullable = false)
  String secretHash;

  @Column(name = "revoked_at")
  Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected MqttPrincipal() {}

  static MqttPrincipal device(String deviceId, String siteId, String secretHash, Instant now) {
    MqttPrincipal p = new MqttPrincipal();
    p.principalId = deviceId;
    p.kind = DEVICE;
    p.siteId = siteId;
    p.secretHash = secretHash;
    p.createdAt = now;
    p.updatedAt = now;
    return p;
  }
}
