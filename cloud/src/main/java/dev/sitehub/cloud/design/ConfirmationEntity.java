package dev.sitehub.cloud.design;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The customer's confirmation of one proposal as stored (table {@code design_confirmation}); the
 * database keeps one per project, and the evidence chain hashes it.
 */
@Entity
@Table(name = "design_confirmation")
class ConfirmationEntity {
  @Id
  @Column(name = "confirmation_id")
  String id;

  @Column(name = "project_id", nullable = false, unique = true)
  String projectId;

  @Column(name = "proposal_id", nullable = false)
  String proposalId;

  @Column(name = "confirmed_by", nullable = false)
  String confirmedBy;

  @Column(name = "confirmed_at", nullable = false)
  Instant confirmedAt;

  protected ConfirmationEntity() {}

  ConfirmationEntity(
      String id, String projectId, String proposalId, String confirmedBy, Instant confirmedAt) {
    this.id = id;
    this.projectId = projectId;
    this.proposalId = proposalId;
    this.confirmedBy = confirmedBy;
    this.confirmedAt = confirmedAt;
  }
}
