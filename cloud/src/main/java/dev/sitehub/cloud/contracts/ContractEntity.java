package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contract's head row (table {@code contract}): its customer and current version. */
@Entity
@Table(name = "contract")
class ContractEntity {
  @Id
  @Column(name = "contract_id")
  String id;

  @Column(name = "customer_id", nullable = false)
  String customerId;

  @Column(name = "current_version", nullable = false)
  int currentVersion;

  @Column(name = "created_by", nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ContractEntity() {}

  ContractEntity(String id, String customerId, String createdBy, Instant now) {
    this.id = id;
    this.customerId = customerId;
    this.currentVersion = 1;
    this.createdBy = createdBy;
    this.createdAt = now;
  }
}
