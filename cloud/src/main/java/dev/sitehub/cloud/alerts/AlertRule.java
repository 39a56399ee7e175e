package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import java.util.Set;

/**
 * One rule of a site: one record per {@link RuleKind}, each holding only the fields its kind needs
 * and refusing, in its constructor, values it cannot evaluate (with {@link InvalidRuleException}
 * listing every problem). {@link AlertRuleDocument} is the flat form the API and the table use.
 */
public sealed interface AlertRule {

  String code();

  Severity severity();

  boolean enabled();

  boolean autoResolve();

  RuleKind kind();

  /**
   * A reading above or below {@code limit}; with {@code consecutive} and/or {@code sustainSeconds}
   * it must last, and with {@code quietHoursOnly} it counts only inside the site's quiet hours.
   */
  record Threshold(
      String code,
      Severity severity,
      boolean enabled,
      boolean autoResolve,
      SensorKind metric,
      Comparison comparison,
      double limit,
      Integer sustainSeconds,
      Integer consecutive,
      boolean quietHoursOnly)
      implements AlertRule {
    public Threshold {
      RuleProblems.of(code, severity)
          .require(metric != null, "metric is required for THRESHOLD")
          .require(comparison != null, "comparison is required for THRESHOLD")
          .require(Double.isFinite(limit), "limit must be a finite number")
          .require(positiveOrNull(sustainSeconds), "sustainSeconds must be positive")
          .require(positiveOrNull(consecutive), "consecutive must be positive")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.THRESHOLD;
    }
  }

  /** One of {@code events} from a device; its OFF state may resolve the alert. */
  record Event(
      String code, Severity severity, boolean enabled, boolean autoResolve, Set<EventType> events)
      implements AlertRule {
    public Event {
      events = events == null ? Set.of() : Set.copyOf(events);
      RuleProblems.of(code, severity)
          .require(!events.isEmpty(), "events must not be empty")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.EVENT;
    }
  }

  /** One of {@code events} (motion-like) starting inside the site's quiet hours. */
  record QuietHours(
      String code, Severity severity, boolean enabled, boolean autoResolve, Set<EventType> events)
      implements AlertRule {
    public QuietHours {
      events = events == null ? Set.of() : Set.copyOf(events);
      RuleProblems.of(code, severity)
          .require(!events.isEmpty(), "events must not be empty")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.QUIET_HOURS;
    }
  }

  /** The box left a Last Will, or sent nothing, for {@code offlineMinutes}. */
  record DeviceOffline(
      String code, Severity severity, boolean enabled, boolean autoResolve, int offlineMinutes)
      implements AlertRule {
    public DeviceOffline {
      RuleProblems.of(code, severity)
          .require(offlineMinutes > 0, "offlineMinutes must be > 0")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.DEVICE_OFFLINE;
    }
  }

  /** The box reports a DISK_LOW event, or less than {@code minFreeBytes} free in a heartbeat. */
  record DiskLow(
      String code, Severity severity, boolean enabled, boolean autoResolve, long minFreeBytes)
      implements AlertRule {
    public DiskLow {
      RuleProblems.of(code, severity)
          .require(minFreeBytes > 0, "minFreeBytes must be > 0")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.DISK_LOW;
    }
  }

  /** No motion or noise activity for {@code workingDays} working days while work is expected. */
  record SiteStalled(
      String code, Severity severity, boolean enabled, boolean autoResolve, int workingDays)
      implements AlertRule {
    public SiteStalled {
      RuleProblems.of(code, severity)
          .require(workingDays > 0, "workingDays must be > 0")
          .throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.SITE_STALLED;
    }
  }

  /** Planned work past its deadline and not accepted yet (see {@link DeadlineHook}). */
  record MilestoneOverdue(String code, Severity severity, boolean enabled, boolean autoResolve)
      implements AlertRule {
    public MilestoneOverdue {
      RuleProblems.of(code, severity).throwIfAny();
    }

    @Override
    public RuleKind kind() {
      return RuleKind.MILESTONE_OVERDUE;
    }
  }

  private static boolean positiveOrNull(Integer v) {
    return v == null || v > 0;
  }
}
