package dev.sitehub.cloud.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's question, addressed to one or more enterprises (table {@code inquiry}). */
@Entity
@Table(name = "inquiry")
class Inquiry {
  @Id
  @Column(name = "inquiry_id")
  String id;

  @Column(name = "customer_id", nullable = false)
  String customerId;

  @Column(nullable = false)
  String subject;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected Inquiry() {}

  Inquiry(String id, String customerId, String subject, Instant createdAt) {
    this.id = id;
    this.customerId = customerId;
    this.subject = subject;
    this.createdAt = createdAt;
  }
}
