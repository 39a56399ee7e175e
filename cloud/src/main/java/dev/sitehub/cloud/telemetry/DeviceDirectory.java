package dev.sitehub.cloud.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "may this device publish for this site?" from the owner of the device credentials, with a
 * short cache so that ingestion does not ask per message.
 */
@ApplicationScoped
class DeviceDirectory {
  private static final int MAX_ENTRIES = 100_000;

  private final DeviceBindings bindings;
  private final Clock clock;
  private final IngestConfig config;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public DeviceDirectory(DeviceBindings bindings, Clock clock, IngestConfig config) {
    this.bindings = bindings;
    this.clock = clock;
    this.config = config;
  }

  /** True when the device is registered, not revoked, and bound to {@code siteId}. */
  public boolean isAllowed(String siteId, String deviceId) {
    Instant now = clock.instant();
    Entry e = cache.get(deviceId);
    if (e == null || e.expires().isBefore(now)) {
      e = new Entry(bindings.siteOf(deviceId).orElse(null), now.plus(config.deviceCacheTtl()));
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(deviceId, e);
    }
    return e.siteId() != null && e.siteId().equals(siteId);
  }

  /** Forgets cached rows, so a revocation takes effect at once in this instance. */
  public void invalidate() {
    cache.clear();
  }

  private record Entry(String siteId, Instant expires) {}
}
