package dev.sitehub.cloud.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One signed-in session: what a token's {@code sid} claim names. */
@Entity
@Table(name = "auth_session")
class AuthSession {
  @Id
  @Column(name = "session_id")
  String id;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  @Column(name = "revoked_why")
  String revokedWhy;

  AuthSession() {}

  AuthSession(String id, String userId, Instant createdAt, Instant expiresAt) {
    this.id = id;
    this.userId = userId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }
}
