package dev.sitehub.cloud.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A site's stored alert settings (table {@code alert_site_settings}). */
@Entity
@Table(name = "alert_site_settings")
class SiteSettingsEntity {
  @Id
  @Column(name = "site_id")
  String siteId;

  @Column(name = "time_zone", nullable = false)
  String timeZone;

  @Column(name = "community_id")
  String communityId;

  /** User ids told in turn while a critical alert stays unacknowledged. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "escalation_chain", nullable = false)
  String[] escalationChain;

  @Column(name = "escalation_minutes")
  Integer escalationMinutes;

  @Column(name = "webhook_url")
  String webhookUrl;

  @Column(name = "webhook_secret")
  String webhookSecret;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected SiteSettingsEntity() {}

  SiteSettingsEntity(String siteId) {
    this.siteId = siteId;
  }
}
