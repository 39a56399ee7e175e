package dev.sitehub.cloud.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The audit row of one notification sent (table {@code alert_notification}). */
@Entity
@Table(name = "alert_notification")
class NotificationEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "alert_id", nullable = false)
  long alertId;

  @Column(name = "user_id")
  String userId;

  @Column(nullable = false)
  String channel;

  @Column(nullable = false)
  String reason;

  protected NotificationEntity() {}

  NotificationEntity(NotificationLog.Entry e) {
    this.alertId = e.alertId();
    this.userId = e.userId();
    this.channel = e.channel();
    this.reason = e.reason();
  }

  NotificationLog.Entry entry() {
    return new NotificationLog.Entry(alertId, userId, channel, reason);
  }
}
