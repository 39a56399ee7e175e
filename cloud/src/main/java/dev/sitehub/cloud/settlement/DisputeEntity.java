package dev.sitehub.cloud.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A dispute over a project's money as stored (table {@code dispute}); {@link Dispute} is its view.
 */
@Entity
@Table(name = "dispute")
class DisputeEntity {
  @Id
  @Column(name = "dispute_id")
  String disputeId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "raised_by", nullable = false)
  String raisedBy;

  @Column(nullable = false)
  String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  DisputeState state;

  @Column(name = "raised_at", nullable = false)
  Instant raisedAt;

  @Column(name = "resolved_by")
  String resolvedBy;

  @Column(name = "resolved_at")
  Instant resolvedAt;

  @Column(name = "to_contractor_fen")
  Long toContractorFen;

  @Column(name = "to_customer_fen")
  Long toCustomerFen;

  String decision;

  protected DisputeEntity() {}

  DisputeEntity(Dispute d) {
    this.disputeId = d.disputeId();
    this.projectId = d.projectId();
    this.raisedBy = d.raisedBy();
    this.reason = d.reason();
    this.state = d.state();
    this.raisedAt = d.raisedAt();
  }

  /** The operator's arbitration: the split of the escrow and the decision in words. */
  void resolve(String operatorId, Instant at, long toContractor, long toCustomer, String text) {
    this.state = DisputeState.RESOLVED;
    this.resolvedBy = operatorId;
    this.resolvedAt = at;
    this.toContractorFen = toContractor;
    this.toCustomerFen = toCustomer;
    this.decision = text;
  }

  Dispute view() {
    return new Dispute(
        disputeId,
        projectId,
        raisedBy,
        reason,
        state,
        raisedAt,
        resolvedBy,
        toContractorFen,
        toCustomerFen,
        decision);
  }
}
