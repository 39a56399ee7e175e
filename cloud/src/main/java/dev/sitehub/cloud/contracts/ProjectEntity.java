package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A project as stored (table {@code project}); {@link Project} is its view with its stages. */
@Entity
@Table(name = "project")
class ProjectEntity {
  @Id
  @Column(name = "project_id")
  String id;

  @Column(name = "contract_id", nullable = false, unique = true)
  String contractId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "customer_id", nullable = false)
  String customerId;

  @Column(nullable = false)
  String status;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ProjectEntity() {}

  ProjectEntity(String id, String contractId, String siteId, String customerId, Instant now) {
    this.id = id;
    this.contractId = contractId;
    this.siteId = siteId;
    this.customerId = customerId;
    this.status = "ACTIVE";
    this.createdAt = now;
  }
}
