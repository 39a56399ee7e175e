package dev.sitehub.cloud.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mailed reset link, known by the SHA-256 digest of its token (never the token itself). */
@Entity
@Table(name = "password_reset")
class PasswordReset {
  @Id
  @Column(name = "token_hash")
  String tokenHash;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "ended_why")
  String endedWhy;

  PasswordReset() {}

  PasswordReset(String tokenHash, String userId, Instant createdAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }
}
