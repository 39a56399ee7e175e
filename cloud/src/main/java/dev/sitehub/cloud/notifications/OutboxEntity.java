package dev.sitehub.cloud.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One webhook delivery of the durable outbox (table {@code webhook_outbox}). */
@Entity
@Table(name = "webhook_outbox")
class OutboxEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "alert_id", nullable = false)
  long alertId;

  @Column(nullable = false)
  String url;

  @Column(nullable = false)
  String body;

  @Column(nullable = false)
  int attempts;

  // A new row is due at once: the database stamps it in the alert change's transaction.
  @Column(name = "next_attempt_at", nullable = false, insertable = false)
  Instant nextAttemptAt;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  @Column(name = "failed_at")
  Instant failedAt;

  @Column(name = "last_error")
  String lastError;

  protected OutboxEntity() {}

  OutboxEntity(String siteId, long alertId, String url, String body) {
    this.siteId = siteId;
    this.alertId = alertId;
    this.url = url;
    this.body = body;
  }

  WebhookOutbox.Delivery delivery() {
    return new WebhookOutbox.Delivery(id, siteId, alertId, url, body, attempts);
  }

  WebhookOutbox.Status status() {
    return new WebhookOutbox.Status(attempts, deliveredAt != null, failedAt != null, lastError);
  }
}
