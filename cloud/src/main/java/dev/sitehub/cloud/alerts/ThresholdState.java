package dev.sitehub.cloud.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * The in-memory state of one threshold rule for one sensor: how many breaching readings in a row,
 * since when, and whether the alert is currently raised. Not thread-safe: callers synchronize.
 */
final class ThresholdState {

  /** What an observation asks the engine to do. */
  enum Transition {
    NONE,
    FIRE,
    CLEAR
  }

  private int consecutive;
  private Instant breachStart;
  private boolean firing;

  Transition observe(boolean breach, Instant at, Integer needConsecutive, Integer sustainSeconds) {
    if (!breach) {
      consecutive = 0;
      breachStart = null;
      if (firing) {
        firing = false;
        return Transition.CLEAR;
      }
      return Transition.NONE;
    }
    consecutive++;
    if (breachStart == null || at.isBefore(breachStart)) {
      breachStart = at;
    }
    if (firing) {
      return Transition.NONE;
    }
    boolean enoughReadings = consecutive >= (needConsecutive == null ? 1 : needConsecutive);
    boolean longEnough =
        sustainSeconds == null
            || Duration.between(breachStart, at).compareTo(Duration.ofSeconds(sustainSeconds)) >= 0;
    if (enoughReadings && longEnough) {
      firing = true;
      return Transition.FIRE;
    }
    return Transition.NONE;
  }

  int consecutive() {
    return consecutive;
  }
}
