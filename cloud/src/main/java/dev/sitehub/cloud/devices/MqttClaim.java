package dev.sitehub.cloud.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use claim code, stored as its digest only (table {@code mqtt_claim}). */
@Entity
@Table(name = "mqtt_claim")
class MqttClaim {
  @Id
  @Column(name = "code_digest")
  String codeDigest;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "used_at")
  Instant usedAt;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected MqttClaim() {}

  MqttClaim(String codeDigest, String siteId, Instant expiresAt, String createdBy, Instant now) {
    this.codeDigest = codeDigest;
    this.siteId = siteId;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Why the claim cannot be used at {@code now}, or null when it can. */
  String refusal(Instant now) {
    if (usedAt != null) {
      return "claim code already used";
    }
    return expiresAt.isAfter(now) ? null : "claim code expired";
  }
}
