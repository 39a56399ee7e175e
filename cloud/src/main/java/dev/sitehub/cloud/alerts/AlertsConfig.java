package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Typed configuration of the alert engine and notifications (keys under sitehub.alerts). */
@ConfigMapping(prefix = "sitehub.alerts")
public interface AlertsConfig {

  /** Time zone of a site with no alert settings and unknown to the sites table. */
  @WithDefault("Asia/Shanghai")
  String defaultTimeZone();

  /** Quiet hours of a site whose community has no calendar (QuietCalendar spec). */
  @WithDefault("MON-FRI 12:00-14:00; MON-SUN 18:00-08:00; SAT-SUN 00:00-24:00")
  String defaultQuietHours();

  /** Minutes a critical alert may stay unacknowledged before the next person is told. */
  @WithDefault("10")
  int escalationMinutes();

  /** A noise reading at or above this many dB(A) counts as activity for the stalled-site rule. */
  @WithDefault("60")
  double activityNoiseDba();

  /** How often offline, escalation and stall timers are checked. */
  @WithDefault("15s")
  Duration timerPeriod();

  /** Webhook delivery. */
  Webhook webhook();

  /** Sender address of alert e-mails. */
  @WithDefault("alerts@sitehub.dev")
  String mailFrom();

  /** The rules every new site starts with, by rule code. */
  Map<String, RuleDefault> rules();

  /** Webhook delivery settings. */
  interface Webhook {
    /** Attempts before a delivery is marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** Delay before the first retry; doubles with each attempt. */
    @WithDefault("5s")
    Duration backoff();

    /** Upper bound of the retry delay. */
    @WithDefault("10m")
    Duration maxBackoff();

    /** Timeout of one HTTP delivery. */
    @WithDefault("5s")
    Duration timeout();

    /** How often the outbox is polled for due deliveries. */
    @WithDefault("2s")
    Duration pollPeriod();

    /**
     * Whether webhooks may target loopback, private, link-local or other internal addresses. Off in
     * production so a site's settings cannot aim the cloud at its own network; on in dev and tests,
     * whose receivers listen on 127.0.0.1.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
  }

  /** A default rule; fields follow {@link AlertRule}. */
  interface RuleDefault {
    RuleKind kind();

    Severity severity();

    @WithDefault("true")
    boolean enabled();

    @WithDefault("false")
    boolean autoResolve();

    Optional<SensorKind> metric();

    Optional<Comparison> comparison();

    OptionalDouble limit();

    OptionalInt sustainSeconds();

    OptionalInt consecutive();

    @WithDefault("false")
    boolean quietHoursOnly();

    Optional<List<EventType>> events();

    OptionalInt offlineMinutes();

    OptionalLong minFreeBytes();

    OptionalInt workingDays();

    default AlertRule toRule(String code) {
      return new AlertRuleDocument(
              code,
              kind(),
              severity(),
              enabled(),
              autoResolve(),
              metric().orElse(null),
              comparison().orElse(null),
              limit().isPresent() ? limit().getAsDouble() : null,
              sustainSeconds().isPresent() ? sustainSeconds().getAsInt() : null,
              consecutive().isPresent() ? consecutive().getAsInt() : null,
              quietHoursOnly(),
              events().map(java.util.Set::copyOf).orElse(java.util.Set.of()),
              offlineMinutes().isPresent() ? offlineMinutes().getAsInt() : null,
              minFreeBytes().isPresent() ? minFreeBytes().getAsLong() : null,
              workingDays().isPresent() ? workingDays().getAsInt() : null)
          .toRule();
    }
  }
}
