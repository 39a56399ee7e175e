package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a contract as stored (table {@code contract_version}); the database refuses any
 * change to a FILED one, so only drafts and versions being signed are ever modified.
 */
@Entity
@Table(name = "contract_version")
@IdClass(ContractVersionEntity.Key.class)
class ContractVersionEntity {
  @Id
  @Column(name = "contract_id")
  String contractId;

  @Id
  @Column(name = "version")
  int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  VersionStatus status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  String terms;

  @Column(name = "document")
  String document;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "fingerprint", length = 64)
  String fingerprint;

  @Column(name = "filing_number")
  String filingNumber;

  @Column(name = "filed_at")
  Instant filedAt;

  @Column(name = "created_by", nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ContractVersionEntity() {}

  /** A new draft version. */
  ContractVersionEntity(
      String contractId, int version, String termsJson, String createdBy, Instant now) {
    this.contractId = contractId;
    this.version = version;
    this.status = VersionStatus.DRAFT;
    this.terms = termsJson;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Freezes the version with its document, fingerprint and filing number. */
  void file(String document, String fingerprint, String filingNumber, Instant now) {
    this.status = VersionStatus.FILED;
    this.document = document;
    this.fingerprint = fingerprint;
    this.filingNumber = filingNumber;
    this.filedAt = now;
  }

  /** The version's identity: the contract and the version number. */
  record Key(String contractId, int version) implements Serializable {}
}
