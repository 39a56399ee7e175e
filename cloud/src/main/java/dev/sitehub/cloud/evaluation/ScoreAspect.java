package dev.sitehub.cloud.evaluation;

import java.util.Locale;

/**
 * What the homeowner scores from 1 to 5, in the order the form asks; {@code projmsg} names each one
 * under {@code aspect_CONSTANT}.
 */
public enum ScoreAspect {
  QUALITY,
  SCHEDULE,
  COMMUNICATION,
  TIDINESS;

  /** The form field that carries the score. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }
}
