package dev.sitehub.cloud.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A residential community's stored quiet calendar (table {@code alert_quiet_calendar}). */
@Entity
@Table(name = "alert_quiet_calendar")
class QuietCalendarEntity {
  @Id
  @Column(name = "community_id")
  String communityId;

  /** A {@link QuietCalendar} spec. */
  @Column(nullable = false)
  String spec;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  LocalDate[] holidays;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected QuietCalendarEntity() {}

  QuietCalendarEntity(String communityId) {
    this.communityId = communityId;
  }
}
