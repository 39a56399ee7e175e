package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Evaluates each site's rules in the ingestion stream. The ingestion pipeline calls one {@code on…}
 * method per decoded message after storing it; per-rule state (consecutive counts, durations, last
 * heard) lives in memory and alerts in the database. These methods never throw.
 */
@ApplicationScoped
public class AlertEngine {
  private static final Logger LOG = Logger.getLogger(AlertEngine.class);
  private static final Set<EventType> ACTIVITY =
      Set.of(EventType.MOTION, EventType.CAMERA_MOTION, EventType.DOOR);

  private final RuleBook rules;
  private final SiteSettingsRepository settings;
  private final AlertStore store;
  private final OfflineWatch offline;
  private final StallWatch stalls;
  private final OverdueWatch overdue;
  private final AlertsConfig config;
  private final Map<RuleKey, ThresholdState> thresholds = new ConcurrentHashMap<>();

  AlertEngine(
      RuleBook rules,
      SiteSettingsRepository settings,
      AlertStore store,
      OfflineWatch offline,
      StallWatch stalls,
      OverdueWatch overdue,
      AlertsConfig config) {
    this.rules = rules;
    this.settings = settings;
    this.store = store;
    this.offline = offline;
    this.stalls = stalls;
    this.overdue = overdue;
    this.config = config;
  }

  public void onTelemetry(String siteId, String deviceId, TelemetryBatch batch) {
    onTelemetry(siteId, deviceId, batch, Instant.now());
  }

  public void onTelemetry(
      String siteId, String deviceId, TelemetryBatch batch, Instant receivedAt) {
    guard(
        siteId,
        deviceId,
        () -> {
          heard(siteId, deviceId, receivedAt);
          SiteAlertSettings s = settings.settings(siteId);
          for (Reading r : batch.readings()) {
            if (r.kind() == SensorKind.NOISE && r.value() >= config.activityNoiseDba()) {
              stalls.activity(siteId, r.ts());
            }
            for (AlertRule rule : rules.rules(siteId)) {
              if (rule.enabled()
                  && rule instanceof AlertRule.Threshold t
                  && t.metric() == r.kind()) {
                threshold(siteId, deviceId, s, t, r);
              }
            }
          }
        });
  }

  public void onEvent(String siteId, String deviceId, DeviceEvent event) {
    onEvent(siteId, deviceId, event, Instant.now());
  }

  public void onEvent(String siteId, String deviceId, DeviceEvent event, Instant receivedAt) {
    guard(
        siteId,
        deviceId,
        () -> {
          heard(siteId, deviceId, receivedAt);
          boolean starts = event.state() != EventState.OFF;
          if (starts && ACTIVITY.contains(event.type())) {
            stalls.activity(siteId, event.ts());
          }
          String source = deviceId + "/" + (event.source() == null ? "-" : event.source());
          SiteAlertSettings s = settings.settings(siteId);
          for (AlertRule rule : rules.rules(siteId)) {
            if (!rule.enabled() || !matches(rule, event.type())) {
              continue;
            }
            if (rule instanceof AlertRule.QuietHours) {
              if (starts && s.calendar().isQuiet(event.ts(), s.zone())) {
                store.raise(
                    siteId,
                    rule.code(),
                    source,
                    rule.severity(),
                    AlertDetail.event(event.type().wireName(), source, true),
                    event.ts());
              }
            } else if (starts) {
              store.raise(
                  siteId,
                  rule.code(),
                  source,
                  rule.severity(),
                  AlertDetail.event(event.type().wireName(), source, false),
                  event.ts());
            } else if (rule.autoResolve()) {
              store.autoResolve(
                  siteId, rule.code(), source, event.ts(), event.type().wireName() + " cleared");
            }
          }
        });
  }

  /** A retained status: ONLINE (birth) or OFFLINE (the Last Will the broker published). */
  public void onStatus(String siteId, String deviceId, DeviceStatus status, Instant receivedAt) {
    guard(
        siteId,
        deviceId,
        () -> {
          stalls.heard(siteId, receivedAt);
          if (status.state() == DeviceState.OFFLINE) {
            offline.lastWill(siteId, deviceId, receivedAt);
          } else {
            offline.seen(siteId, deviceId, receivedAt);
          }
        });
  }

  public void onHeartbeat(String siteId, String deviceId, Heartbeat heartbeat, Instant receivedAt) {
    guard(
        siteId,
        deviceId,
        () -> {
          heard(siteId, deviceId, receivedAt);
          for (AlertRule rule : rules.rules(siteId)) {
            if (rule.enabled() && rule instanceof AlertRule.DiskLow disk) {
              boolean low = heartbeat.diskFreeBytes() < disk.minFreeBytes();
              String source = deviceId + "/disk";
              ThresholdState st =
                  thresholds.computeIfAbsent(
                      new RuleKey(siteId, rule.code(), source), k -> new ThresholdState());
              ThresholdState.Transition t;
              synchronized (st) {
                t = st.observe(low, receivedAt, 1, null);
              }
              apply(t, siteId, rule, source, receivedAt, diskDetail(heartbeat, disk, source));
            }
          }
        });
  }

  /** Runs the time-based rules (offline, stalled, overdue) as of {@code now}; called by a timer. */
  public void checkTimeouts(Instant now) {
    try {
      offline.check(now);
      stalls.check(now);
      overdue.check(now);
    } catch (RuntimeException e) {
      LOG.errorf(e, "alert timers failed at %s", now);
    }
  }

  private void threshold(
      String siteId, String deviceId, SiteAlertSettings s, AlertRule.Threshold rule, Reading r) {
    boolean breach =
        rule.comparison().breaches(r.value(), rule.limit())
            && (!rule.quietHoursOnly() || s.calendar().isQuiet(r.ts(), s.zone()));
    String source = deviceId + "/" + r.sensorId();
    ThresholdState st =
        thresholds.computeIfAbsent(
            new RuleKey(siteId, rule.code(), source), k -> new ThresholdState());
    ThresholdState.Transition t;
    synchronized (st) {
      t = st.observe(breach, r.ts(), rule.consecutive(), rule.sustainSeconds());
    }
    if (t == ThresholdState.Transition.NONE) {
      // The common case on every reading: formatting a message nobody reads was the biggest cost
      // of the ingest writer thread in the 2026-12-07 profile (docs/BENCHMARKS.md).
      return;
    }
    AlertDetail detail =
        AlertDetail.reading(
            r.kind().wireName(),
            r.value(),
            r.unit(),
            rule.comparison() == Comparison.ABOVE,
            rule.limit(),
            source,
            rule.quietHoursOnly());
    apply(t, siteId, rule, source, r.ts(), detail);
  }

  private void apply(
      ThresholdState.Transition t,
      String siteId,
      AlertRule rule,
      String source,
      Instant at,
      AlertDetail detail) {
    if (t == ThresholdState.Transition.FIRE) {
      store.raise(siteId, rule.code(), source, rule.severity(), detail, at);
    } else if (t == ThresholdState.Transition.CLEAR && rule.autoResolve()) {
      store.autoResolve(siteId, rule.code(), source, at, "back within limit");
    }
  }

  private static boolean matches(AlertRule rule, EventType type) {
    if (rule instanceof AlertRule.Event e) {
      return e.events().contains(type);
    }
    if (rule instanceof AlertRule.QuietHours q) {
      return q.events().contains(type);
    }
    return rule instanceof AlertRule.DiskLow && type == EventType.DISK_LOW;
  }

  private static AlertDetail diskDetail(Heartbeat hb, AlertRule.DiskLow rule, String source) {
    return AlertDetail.reading(
        "disk-free", hb.diskFreeBytes(), "bytes", false, rule.minFreeBytes(), source, false);
  }

  private void heard(String siteId, String deviceId, Instant receivedAt) {
    offline.seen(siteId, deviceId, receivedAt);
    stalls.heard(siteId, receivedAt);
  }

  // The ingestion consumer loop must never see an exception from alerting.
  private void guard(String siteId, String deviceId, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "alert evaluation failed site=%s device=%s", siteId, deviceId);
    }
  }
}
