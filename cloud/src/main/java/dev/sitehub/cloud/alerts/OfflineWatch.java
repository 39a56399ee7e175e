package dev.sitehub.cloud.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each box was last heard from and whether it left a Last Will, and raises or
 * resolves the DEVICE_OFFLINE rules of its site. State is in memory: after a restart a box counts
 * from the first message this instance receives.
 */
@ApplicationScoped
class OfflineWatch {
  private final RuleBook rules;
  private final AlertStore store;
  private final Map<DeviceKey, Device> devices = new ConcurrentHashMap<>();

  record DeviceKey(String siteId, String deviceId) {}

  private static final class Device {
    Instant lastSeen;
    Instant willAt;
    final Set<String> raised = new HashSet<>();
  }

  OfflineWatch(RuleBook rules, AlertStore store) {
    this.rules = rules;
    this.store = store;
  }

  /** Any message from the box proves it is up; an earlier offline alert resolves. */
  void seen(String siteId, String deviceId, Instant receivedAt) {
    Device d = devices.computeIfAbsent(new DeviceKey(siteId, deviceId), k -> new Device());
    Set<String> cleared;
    synchronized (d) {
      if (d.lastSeen == null || receivedAt.isAfter(d.lastSeen)) {
        d.lastSeen = receivedAt;
      }
      d.willAt = null;
      cleared = Set.copyOf(d.raised);
      d.raised.clear();
    }
    for (String code : cleared) {
      rules
          .rule(siteId, code)
          .filter(AlertRule::autoResolve)
          .ifPresent(r -> store.autoResolve(siteId, code, deviceId, receivedAt, "device back"));
    }
  }

  /** The broker published the box's Last Will. */
  void lastWill(String siteId, String deviceId, Instant receivedAt) {
    Device d = devices.computeIfAbsent(new DeviceKey(siteId, deviceId), k -> new Device());
    synchronized (d) {
      d.willAt = receivedAt;
      if (d.lastSeen == null) {
        d.lastSeen = receivedAt;
      }
    }
  }

  /** Raises an offline alert for every box silent, or gone by Last Will, past its rule's limit. */
  void check(Instant now) {
    devices.forEach(
        (key, d) -> {
          List<AlertRule.DeviceOffline> offline =
              rules.rules(key.siteId()).stream()
                  .filter(r -> r.enabled() && r instanceof AlertRule.DeviceOffline)
                  .map(AlertRule.DeviceOffline.class::cast)
                  .toList();
          for (AlertRule.DeviceOffline rule : offline) {
            AlertDetail reason = null;
            Duration limit = Duration.ofMinutes(rule.offlineMinutes());
            synchronized (d) {
              if (d.raised.contains(rule.code())) {
                continue;
              }
              // After a Last Will the box said goodbye: its grace period counts from the will.
              if (d.willAt != null) {
                if (!now.isBefore(d.willAt.plus(limit))) {
                  reason = AlertDetail.offline(key.deviceId(), true, d.willAt.toString());
                }
              } else if (d.lastSeen != null && !now.isBefore(d.lastSeen.plus(limit))) {
                reason = AlertDetail.offline(key.deviceId(), false, d.lastSeen.toString());
              }
              if (reason != null) {
                d.raised.add(rule.code());
              }
            }
            if (reason != null) {
              store.raise(key.siteId(), rule.code(), key.deviceId(), rule.severity(), reason, now);
            }
          }
        });
  }
}
