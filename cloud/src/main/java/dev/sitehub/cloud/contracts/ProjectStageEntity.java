package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One payment stage of a project as stored (table {@code project_stage}). */
@Entity
@Table(name = "project_stage")
@IdClass(ProjectStageEntity.Key.class)
class ProjectStageEntity {
  static final String PENDING = "PENDING";
  static final String STARTED = "STARTED";

  @Id
  @Column(name = "project_id")
  String projectId;

  @Id
  @Column(name = "seq")
  int seq;

  @Column(nullable = false)
  String name;

  @Column(name = "share_bp", nullable = false)
  int shareBp;

  @Column(name = "amount_fen", nullable = false)
  long amountFen;

  @Column(name = "payable_fen", nullable = false)
  long payableFen;

  @Column(name = "retained_fen", nullable = false)
  long retainedFen;

  @Column(nullable = false)
  String status;

  /** The stage's type as the contract names it; null for none (V9_540 typed older stages). */
  @Enumerated(EnumType.STRING)
  @Column(name = "stage_type")
  StageType stageType;

  protected ProjectStageEntity() {}

  ProjectStageEntity(String projectId, StagePayment s) {
    this.projectId = projectId;
    this.seq = s.seq();
    this.name = s.name();
    this.shareBp = s.shareBp();
    this.amountFen = s.amountFen();
    this.payableFen = s.payableFen();
    this.retainedFen = s.retainedFen();
    this.status = PENDING;
    this.stageType = s.type();
  }

  /** Work on the stage has begun: amendments no longer replace it. */
  void start() {
    status = STARTED;
  }

  StagePayment view() {
    return new StagePayment(seq, name, shareBp, amountFen, payableFen, retainedFen, stageType);
  }

  /** The stage's identity: the project and its sequence number. */
  record Key(String projectId, int seq) implements Serializable {}
}
