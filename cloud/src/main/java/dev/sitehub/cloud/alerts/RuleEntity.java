package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored rule of a site (table {@code alert_rule}), in the flat {@link AlertRuleDocument}
 * layout; {@link AlertRule} is its typed value.
 */
@Entity
@Table(name = "alert_rule")
@IdClass(RuleEntity.Key.class)
class RuleEntity {
  @Id
  @Column(name = "site_id")
  String siteId;

  @Id String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RuleKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Severity severity;

  @Column(nullable = false)
  boolean enabled;

  @Column(name = "auto_resolve", nullable = false)
  boolean autoResolve;

  @Enumerated(EnumType.STRING)
  SensorKind metric;

  @Enumerated(EnumType.STRING)
  Comparison comparison;

  @Column(name = "limit_value")
  Double limit;

  @Column(name = "sustain_seconds")
  Integer sustainSeconds;

  Integer consecutive;

  @Column(name = "quiet_hours_only", nullable = false)
  boolean quietHoursOnly;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_types", nullable = false)
  String[] eventTypes;

  @Column(name = "offline_minutes")
  Integer offlineMinutes;

  @Column(name = "min_free_bytes")
  Long minFreeBytes;

  @Column(name = "working_days")
  Integer workingDays;

  protected RuleEntity() {}

  RuleEntity(String siteId, AlertRule rule) {
    AlertRuleDocument r = AlertRuleDocument.of(rule);
    this.siteId = siteId;
    this.code = r.code();
    this.kind = r.kind();
    this.severity = r.severity();
    this.enabled = r.enabled();
    this.autoResolve = r.autoResolve();
    this.metric = r.metric();
    this.comparison = r.comparison();
    this.limit = r.limit();
    this.sustainSeconds = r.sustainSeconds();
    this.consecutive = r.consecutive();
    this.quietHoursOnly = r.quietHoursOnly();
    this.eventTypes = r.events().stream().map(Enum::name).sorted().toArray(String[]::new);
    this.offlineMinutes = r.offlineMinutes();
    this.minFreeBytes = r.minFreeBytes();
    this.workingDays = r.workingDays();
  }

  /** The stored rule; throws {@link InvalidRuleException} if the row cannot be evaluated. */
  AlertRule rule() {
    Set<EventType> events = EnumSet.noneOf(EventType.class);
    if (eventTypes != null) {
      Arrays.stream(eventTypes).map(EventType::valueOf).forEach(events::add);
    }
    return new AlertRuleDocument(
            code,
            kind,
            severity,
            enabled,
            autoResolve,
            metric,
            comparison,
            limit,
            sustainSeconds,
            consecutive,
            quietHoursOnly,
            events,
            offlineMinutes,
            minFreeBytes,
            workingDays)
        .toRule();
  }

  /** A rule's identity: one per site and code. */
  record Key(String siteId, String code) implements Serializable {}
}
