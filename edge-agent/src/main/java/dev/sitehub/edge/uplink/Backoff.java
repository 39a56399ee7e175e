package dev.sitehub.edge.uplink;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential reconnect delay with jitter, owned per uplink (Paho's own reconnect delay is a static
 * shared by every client in the JVM, which breaks the simulator's many devices).
 */
public final class Backoff {
  private final long minMillis;
  private final long maxMillis;
  private long current;

  public Backoff(Duration min, Duration max) {
    this.minMillis = Math.max(1, min.toMillis());
    this.maxMillis = Math.max(minMillis, max.toMillis());
    this.current = minMillis;
  }

  /** The next delay: the current step plus up to 20 % jitter, then the step doubles. */
  public long nextDelayMillis() {
    long d = current + ThreadLocalRandom.current().nextLong(current / 5 + 1);
    current = Math.min(maxMillis, current * 2);
    return Math.min(d, maxMillis);
  }

  public void reset() {
    current = minMillis;
  }
}
