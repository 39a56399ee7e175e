package dev.sitehub.cloud.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the append-only {@code audit_event} table. */
@Entity
@Table(name = "audit_event")
class AuditEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, updatable = false)
  Instant at;

  @Column(name = "actor_id", updatable = false)
  String actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  AuditAction action;

  @Column(name = "project_id", updatable = false)
  String projectId;

  @Column(name = "site_id", updatable = false)
  String siteId;

  @Column(updatable = false)
  String subject;

  @Column(updatable = false)
  String detail;

  protected AuditEventEntity() {}

  AuditEventEntity(AuditEntry e, Instant at) {
    this.at = at;
    this.actorId = e.actorId();
    this.action = e.action();
    this.projectId = e.projectId();
    this.siteId = e.siteId();
    this.subject = e.subject();
    this.detail = e.detail();
  }

  AuditView view() {
    return new AuditView(id, at, actorId, action, projectId, siteId, subject, detail);
  }
}
