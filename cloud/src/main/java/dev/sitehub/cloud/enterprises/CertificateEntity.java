package dev.sitehub.cloud.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A licence or qualification an enterprise uploaded (table {@code enterprise_certificate}). */
@Entity
@Table(name = "enterprise_certificate")
class CertificateEntity {
  @Id
  @Column(name = "certificate_id")
  String id;

  @Column(name = "enterprise_id", nullable = false)
  String enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  CertificateKind kind;

  @Column(name = "file_key", nullable = false)
  String fileKey;

  @Column(name = "media_type", nullable = false)
  String mediaType;

  @Column(name = "size_bytes", nullable = false)
  long sizeBytes;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(nullable = false, length = 64)
  String sha256;

  @Column(name = "uploaded_by", nullable = false)
  String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  Instant uploadedAt;

  protected CertificateEntity() {}

  CertificateEntity(
      String id,
      String enterpriseId,
      CertificateKind kind,
      String fileKey,
      String mediaType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant now) {
    this.id = id;
    this.enterpriseId = enterpriseId;
    this.kind = kind;
    this.fileKey = fileKey;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
  }

  CertificateView view() {
    return new CertificateView(id, kind, mediaType, sizeBytes, sha256, uploadedAt);
  }
}
