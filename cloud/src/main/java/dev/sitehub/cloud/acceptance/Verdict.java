package dev.sitehub.cloud.acceptance;

/** A criterion's outcome; only PASS lets a stage be accepted without an operator override. */
public enum Verdict {
  PASS,
  FAIL,
  /** The window has not elapsed yet. */
  PENDING,
  /** Too few readings, or gaps longer than allowed, to judge. */
  NO_DATA
}
