package dev.sitehub.broker.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps principal rows (and misses) for a short TTL so reconnect storms do not hammer PostgreSQL,
 * while a revocation is still seen within that TTL.
 */
public final class PrincipalCache {
  private record Entry(Optional<PrincipalRecord> row, Instant loadedAt) {}

  private final PrincipalStore store;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public PrincipalCache(PrincipalStore store, Duration ttl, Clock clock) {
    this.store = store;
    this.ttl = ttl;
    this.clock = clock;
  }

  public Optional<PrincipalRecord> find(String principalId) {
    Instant now = clock.instant();
    Entry cached = entries.get(principalId);
    if (cached != null && cached.loadedAt().plus(ttl).isAfter(now)) {
      return cached.row();
    }
    Optional<PrincipalRecord> row = store.find(principalId);
    if (!ttl.isZero()) {
      entries.put(principalId, new Entry(row, now));
    }
    return row;
  }

  public void invalidate(String principalId) {
    entries.remove(principalId);
  }

  /** Drops expired entries so ids that never come back do not accumulate. */
  public void evictExpired() {
    Instant now = clock.instant();
    entries.values().removeIf(e -> !e.loadedAt().plus(ttl).isAfter(now));
  }
}
