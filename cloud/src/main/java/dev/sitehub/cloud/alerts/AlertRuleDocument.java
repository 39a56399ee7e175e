package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import java.util.Set;

/**
 * An {@link AlertRule} in its flat form, as the API reads and writes it and the {@code alert_rule}
 * table stores it: every field of every kind, those of other kinds null (or empty, or false).
 */
public record AlertRuleDocument(
    String code,
    RuleKind kind,
    Severity severity,
    boolean enabled,
    boolean autoResolve,
    SensorKind metric,
    Comparison comparison,
    Double limit,
    Integer sustainSeconds,
    Integer consecutive,
    boolean quietHoursOnly,
    Set<EventType> events,
    Integer offlineMinutes,
    Long minFreeBytes,
    Integer workingDays) {

  public AlertRuleDocument {
    events = events == null ? Set.of() : Set.copyOf(events);
  }

  /** The rule of this document's kind; throws {@link InvalidRuleException} naming what is wrong. */
  public AlertRule toRule() {
    if (kind == null) {
      RuleProblems.ofCode(code).require(false, "kind is required").throwIfAny();
    }
    // A missing number becomes one the rule refuses, so its message names the field.
    return switch (kind) {
      case THRESHOLD ->
          new AlertRule.Threshold(
              code,
              severity,
              enabled,
              autoResolve,
              metric,
              comparison,
              limit == null ? Double.NaN : limit,
              sustainSeconds,
              consecutive,
              quietHoursOnly);
      case EVENT -> new AlertRule.Event(code, severity, enabled, autoResolve, events);
      case QUIET_HOURS -> new AlertRule.QuietHours(code, severity, enabled, autoResolve, events);
      case DEVICE_OFFLINE ->
          new AlertRule.DeviceOffline(
              code, severity, enabled, autoResolve, offlineMinutes == null ? 0 : offlineMinutes);
      case DISK_LOW ->
          new AlertRule.DiskLow(
              code, severity, enabled, autoResolve, minFreeBytes == null ? 0 : minFreeBytes);
      case SITE_STALLED ->
          new AlertRule.SiteStalled(
              code, severity, enabled, autoResolve, workingDays == null ? 0 : workingDays);
      case MILESTONE_OVERDUE ->
          new AlertRule.MilestoneOverdue(code, severity, enabled, autoResolve);
    };
  }

  /** The flat form of a rule. */
  public static AlertRuleDocument of(AlertRule rule) {
    SensorKind metric = null;
    Comparison comparison = null;
    Double limit = null;
    Integer sustainSeconds = null;
    Integer consecutive = null;
    boolean quietHoursOnly = false;
    Set<EventType> events = Set.of();
    Integer offlineMinutes = null;
    Long minFreeBytes = null;
    Integer workingDays = null;
    if (rule instanceof AlertRule.Threshold t) {
      metric = t.metric();
      comparison = t.comparison();
      limit = t.limit();
      sustainSeconds = t.sustainSeconds();
      consecutive = t.consecutive();
      quietHoursOnly = t.quietHoursOnly();
    } else if (rule instanceof AlertRule.Event e) {
      events = e.events();
    } else if (rule instanceof AlertRule.QuietHours q) {
      events = q.events();
    } else if (rule instanceof AlertRule.DeviceOffline o) {
      offlineMinutes = o.offlineMinutes();
    } else if (rule instanceof AlertRule.DiskLow d) {
      minFreeBytes = d.minFreeBytes();
    } else if (rule instanceof AlertRule.SiteStalled s) {
      workingDays = s.workingDays();
    }
    return new AlertRuleDocument(
        rule.code(),
        rule.kind(),
        rule.severity(),
        rule.enabled(),
        rule.autoResolve(),
        metric,
        comparison,
        limit,
        sustainSeconds,
        consecutive,
        quietHoursOnly,
        events,
        offlineMinutes,
        minFreeBytes,
        workingDays);
  }
}
