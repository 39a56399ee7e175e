package dev.sitehub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in microseconds, summarised as the percentiles the report prints. */
public final class Latencies {
  private final List<Long> micros = new ArrayList<>();

  public synchronized void add(long nanos) {
    micros.add(nanos / 1_000);
  }

  public synchronized int count() {
    return micros.size();
  }

  /** The {@code pct} percentile in milliseconds (nearest rank); NaN when there are no samples. */
  public synchronized double millis(double pct) {
    if (micros.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(micros);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(pct / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1000.0;
  }

  /** "p50 x ms, p99 y ms (n samples)". */
  public String summary() {
    return String.format("p50 %.1f ms, p99 %.1f ms (%d samples)", millis(50), millis(99), count());
  }
}
