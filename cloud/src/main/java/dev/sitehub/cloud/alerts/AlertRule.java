package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of a site. Which optional fields matter depends on {@link #kind()}; {@link #problems()}
 * lists what is missing or wrong so that the API can refuse a bad rule with a clear message.
 */
public record AlertRule(
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

  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,48}");

  public AlertRule {
    events = events == null ? Set.of() : Set.copyOf(events);
  }

  /** What is wrong with this rule; empty when it can be evaluated. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      p.add("code must match " + CODE.pattern());
    }
    if (kind == null) {
      p.add("kind is required");
      return p;
    }
    if (severity == null) {
      p.add("severity is required");
    }
    switch (kind) {
      case THRESHOLD -> {
        require(p, metric != null, "metric is required for THRESHOLD");
        require(p, comparison != null, "comparison is required for THRESHOLD");
        require(p, limit != null && Double.isFinite(limit), "limit must be a finite number");
        require(p, positiveOrNull(sustainSeconds), "sustainSeconds must be positive");
        require(p, positiveOrNull(consecutive), "consecutive must be positive");
      }
      case EVENT, QUIET_HOURS -> require(p, !events.isEmpty(), "events must not be empty");
      case DEVICE_OFFLINE ->
          require(p, offlineMinutes != null && offlineMinutes > 0, "offlineMinutes must be > 0");
      case DISK_LOW ->
          require(p, minFreeBytes != null && minFreeBytes > 0, "minFreeBytes must be > 0");
      case SITE_STALLED ->
          require(p, workingDays != null && workingDays > 0, "workingDays must be > 0");
    }
    return p;
  }

  /** A copy switched on or off. */
  public AlertRule withEnabled(boolean on) {
    return new AlertRule(
        code,
        kind,
        severity,
        on,
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
        workingDays);
  }

  private static boolean positiveOrNull(Integer v) {
    return v == null || v > 0;
  }

  private static void require(List<String> problems, boolean ok, String message) {
    if (!ok) {
      problems.add(message);
    }
  }
}
