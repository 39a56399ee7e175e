package dev.sitehub.cloud.evidence;

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
 * One link of a project's hash chain as stored (table {@code evidence_link}); links are only ever
 * appended, never changed. {@link ChainLink} is its view.
 */
@Entity
@Table(name = "evidence_link")
@IdClass(EvidenceLink.Key.class)
class EvidenceLink {
  @Id
  @Column(name = "project_id")
  String projectId;

  @Id
  @Column(name = "seq")
  long seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RecordKind kind;

  @Column(name = "record_id", nullable = false)
  String recordId;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "record_hash", length = 64, nullable = false)
  String recordHash;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "prev_hash", length = 64, nullable = false)
  String prevHash;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "link_hash", length = 64, nullable = false)
  String linkHash;

  @Column(name = "appended_at", nullable = false)
  Instant appendedAt;

  @Column(name = "hash_version", nullable = false)
  int hashVersion;

  @Column(name = "key_id")
  String keyId;

  @Column(name = "head_signature")
  String headSignature;

  protected EvidenceLink() {}

  EvidenceLink(ChainLink l) {
    this.projectId = l.projectId();
    this.seq = l.seq();
    this.kind = l.kind();
    this.recordId = l.recordId();
    this.recordHash = l.recordHash();
    this.prevHash = l.prevHash();
    this.linkHash = l.linkHash();
    this.appendedAt = l.appendedAt();
    this.hashVersion = l.hashVersion();
    this.keyId = l.keyId();
    this.headSignature = l.headSignature();
  }

  ChainLink view() {
    return new ChainLink(
        projectId,
        seq,
        kind,
        recordId,
        recordHash,
        prevHash,
        linkHash,
        appendedAt,
        hashVersion,
        keyId,
        headSignature);
  }

  /** The link's identity: the project and its position in the chain. */
  record Key(String projectId, long seq) implements Serializable {}
}
