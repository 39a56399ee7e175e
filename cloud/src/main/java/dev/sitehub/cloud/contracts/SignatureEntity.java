package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A party's signature on one version as stored (table {@code contract_signature}). */
@Entity
@Table(name = "contract_signature")
@IdClass(SignatureEntity.Key.class)
class SignatureEntity {
  @Id
  @Column(name = "contract_id")
  String contractId;

  @Id
  @Column(name = "version")
  int version;

  @Id
  @Column(name = "party_key")
  String partyKey;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "signed_at", nullable = false)
  Instant signedAt;

  @Column(nullable = false)
  String ip;

  @Column(name = "user_agent", nullable = false)
  String userAgent;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "document_sha256", nullable = false, length = 64)
  String documentSha256;

  protected SignatureEntity() {}

  SignatureEntity(String contractId, Signature s) {
    this.contractId = contractId;
    this.version = s.version();
    this.partyKey = s.partyKey();
    this.userId = s.userId();
    this.signedAt = s.signedAt();
    this.ip = s.ip();
    this.userAgent = s.userAgent();
    this.documentSha256 = s.documentSha256();
  }

  Signature view() {
    return new Signature(version, partyKey, userId, signedAt, ip, userAgent, documentSha256);
  }

  /** The signature's identity: one per party per version. */
  record Key(String contractId, int version, String partyKey) implements Serializable {}
}
