package dev.sitehub.cloud.live;

import java.time.Duration;

/**
 * Timings of live view.
 *
 * @param leaseTtl how long a viewer lease lives without renewal (a crashed instance's viewers
 *     vanish after it)
 * @param streamFor the {@code seconds} argument of each stream_start: how long the agent streams
 *     unless renewed
 * @param renewBefore renew the stream request when less than this is left of it
 */
public record LiveSettings(Duration leaseTtl, Duration streamFor, Duration renewBefore) {
  public LiveSettings {
    if (leaseTtl.isNegative() || leaseTtl.isZero() || streamFor.toSeconds() < 1) {
      throw new IllegalArgumentException("leaseTtl and streamFor must be positive");
    }
    if (renewBefore.isNegative() || renewBefore.compareTo(streamFor) >= 0) {
      throw new IllegalArgumentException("renewBefore must be shorter than streamFor");
    }
  }
}
