package dev.sitehub.cloud.telemetry;

import java.util.List;

/**
 * What one committed micro-batch stored; {@code fresh} are the messages stored for the first time
 * (sequenced duplicates left out), in arrival order, for the {@link IngestObserver}s.
 */
public record WriteResult(
    int readings, int events, int duplicates, int gaps, List<Accepted> fresh) {
  public WriteResult {
    fresh = List.copyOf(fresh);
  }

  static WriteResult empty() {
    return new WriteResult(0, 0, 0, 0, List.of());
  }
}
