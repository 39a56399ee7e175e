package dev.sitehub.cloud.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registered company as stored (table {@code enterprise}); {@link Enterprise} is its view. */
@Entity
@Table(name = "enterprise")
class EnterpriseEntity {
  @Id
  @Column(name = "enterprise_id")
  String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  EnterpriseType type;

  @Column(nullable = false)
  String name;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "credit_code", nullable = false, length = 18)
  String creditCode;

  @Column(nullable = false)
  String city;

  @Column(nullable = false)
  String district;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  String[] specialties;

  @Column(name = "price_band", nullable = false)
  short priceBand;

  @Column(nullable = false)
  String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  EnterpriseStatus status;

  @Column(name = "status_reason")
  String statusReason;

  @Column(name = "decided_by")
  String decidedBy;

  @Column(name = "decided_at")
  Instant decidedAt;

  @Column(name = "rating_count", nullable = false)
  int ratingCount;

  @Column(name = "rating_sum", nullable = false)
  long ratingSum;

  @Column(name = "rating_score", nullable = false)
  double ratingScore;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected EnterpriseEntity() {}

  /** A new PENDING enterprise with no ratings, scored at the prior as the library ranks it. */
  EnterpriseEntity(Enterprise e, String createdBy, double initialScore, Instant now) {
    this.id = e.enterpriseId();
    this.type = e.type();
    this.creditCode = e.creditCode();
    this.status = EnterpriseStatus.PENDING;
    this.ratingScore = initialScore;
    this.createdBy = createdBy;
    this.createdAt = now;
    edit(e);
  }

  /** Takes the editable profile fields; identity, status and ratings stay as they are. */
  void edit(Enterprise e) {
    this.name = e.name();
    this.city = e.city();
    this.district = e.district();
    this.specialties = e.specialties().toArray(String[]::new);
    this.priceBand = (short) e.priceBand();
    this.description = e.description();
  }

  void decide(EnterpriseStatus decision, String reason, String operatorId, Instant now) {
    this.status = decision;
    this.statusReason = reason;
    this.decidedBy = operatorId;
    this.decidedAt = now;
  }

  Enterprise view() {
    return new Enterprise(
        id,
        type,
        name,
        creditCode,
        city,
        district,
        specialties == null ? java.util.List.of() : Arrays.asList(specialties),
        priceBand,
        description,
        status,
        statusReason,
        ratingCount,
        ratingSum,
        createdAt);
  }
}
