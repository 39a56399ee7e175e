package dev.sitehub.cloud.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored alert and its lifecycle (table {@code alert}); {@link Alert} is its public view. */
@Entity
@Table(name = "alert")
class AlertEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(nullable = false)
  String type;

  @Column(nullable = false)
  String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AlertStatus status;

  /** Only for alerts stored before their facts were: the English sentence. */
  String message;

  @Enumerated(EnumType.STRING)
  @Column(name = "detail_kind", nullable = false)
  AlertDetail.Kind detailKind;

  @Column(name = "detail_subject")
  String detailSubject;

  @Column(name = "detail_value")
  Double detailValue;

  @Column(name = "detail_limit")
  Double detailLimit;

  @Column(name = "detail_unit")
  String detailUnit;

  @Column(name = "detail_device")
  String detailDevice;

  @Column(name = "detail_when")
  String detailWhen;

  @Column(name = "detail_count")
  Integer detailCount;

  @Column(nullable = false)
  int occurrences;

  @Column(name = "first_seen", nullable = false)
  Instant firstSeen;

  @Column(name = "last_seen", nullable = false)
  Instant lastSeen;

  // Only the upsert in AlertRepository inserts alerts; the database stamps the opening time.
  @Column(name = "opened_at", nullable = false, insertable = false, updatable = false)
  Instant openedAt;

  @Column(name = "acknowledged_by")
  String acknowledgedBy;

  @Column(name = "acknowledged_at")
  Instant acknowledgedAt;

  @Column(name = "acknowledge_comment")
  String acknowledgeComment;

  @Column(name = "resolved_by")
  String resolvedBy;

  @Column(name = "resolved_at")
  Instant resolvedAt;

  @Column(name = "resolve_comment")
  String resolveComment;

  @Column(name = "escalation_level", nullable = false)
  int escalationLevel;

  protected AlertEntity() {}

  void acknowledge(String userId, Instant at, String comment) {
    status = AlertStatus.ACKNOWLEDGED;
    acknowledgedBy = userId;
    acknowledgedAt = at;
    acknowledgeComment = comment;
  }

  void resolve(String userId, Instant at, String comment) {
    status = AlertStatus.RESOLVED;
    resolvedBy = userId;
    resolvedAt = at;
    resolveComment = comment;
  }

  Alert view() {
    return new Alert(
        id,
        siteId,
        type,
        source,
        severity,
        status,
        new AlertDetail(
            detailKind,
            detailSubject,
            detailValue,
            detailLimit,
            detailUnit,
            detailDevice,
            detailWhen,
            detailCount,
            message),
        occurrences,
        firstSeen,
        lastSeen,
        openedAt,
        acknowledgedBy,
        acknowledgedAt,
        acknowledgeComment,
        resolvedBy,
        resolvedAt,
        resolveComment,
        escalationLevel);
  }
}
