package dev.sitehub.cloud.acceptance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored acceptance record (table {@code acceptance_record}); {@link AcceptanceRecord} is its
 * public view. The criteria are a {@link CriteriaDocument} as JSON text, written and read with the
 * application's ObjectMapper so the stored form is the one the JSON API shows.
 */
@Entity
@Table(name = "acceptance_record")
class AcceptanceRecordEntity {
  @Id
  @Column(name = "record_id")
  String recordId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "stage_seq", nullable = false)
  int stageSeq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AcceptanceState state;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  String criteria;

  @Column(name = "inspection_id")
  String inspectionId;

  @Column(name = "override_by")
  String overrideBy;

  @Column(name = "override_reason")
  String overrideReason;

  @Column(name = "supervisor_id")
  String supervisorId;

  @Column(name = "supervisor_signed_at")
  Instant supervisorSignedAt;

  @Column(name = "customer_id")
  String customerId;

  @Column(name = "customer_signed_at")
  Instant customerSignedAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected AcceptanceRecordEntity() {}

  AcceptanceRecordEntity(AcceptanceRecord r, String criteriaJson) {
    recordId = r.recordId();
    projectId = r.projectId();
    stageSeq = r.stageSeq();
    state = r.state();
    criteria = criteriaJson;
    inspectionId = r.inspectionId();
    overrideBy = r.overrideBy();
    overrideReason = r.overrideReason();
    createdAt = r.createdAt();
  }

  /** The supervisor signs first; the customer's signature is awaited next. */
  void signBySupervisor(String userId, Instant at) {
    state = AcceptanceState.AWAITING_CUSTOMER;
    supervisorId = userId;
    supervisorSignedAt = at;
  }

  /** The customer's signature completes the record. */
  void signByCustomer(String userId, Instant at) {
    state = AcceptanceState.SIGNED;
    customerId = userId;
    customerSignedAt = at;
  }
}
