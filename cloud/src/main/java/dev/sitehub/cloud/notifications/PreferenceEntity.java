package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One user's stored notification preferences (table {@code notification_preference}). */
@Entity
@Table(name = "notification_preference")
class PreferenceEntity {
  @Id
  @Column(name = "user_id")
  String userId;

  @Column(nullable = false)
  boolean push;

  @Column(nullable = false)
  boolean email;

  @Column(name = "email_address")
  String emailAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "min_severity", nullable = false)
  Severity minSeverity;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected PreferenceEntity() {}

  PreferenceEntity(String userId) {
    this.userId = userId;
  }

  void set(NotificationPreference p, Instant now) {
    push = p.push();
    email = p.email();
    emailAddress = p.emailAddress();
    minSeverity = p.minSeverity();
    updatedAt = now;
  }

  NotificationPreference view() {
    return new NotificationPreference(userId, push, email, emailAddress, minSeverity);
  }
}
