package dev.sitehub.protocol;

import java.util.Locale;

/** Why an inbound topic or payload was refused; the cloud counts rejects under {@link #code()}. */
public enum RejectReason {
  MALFORMED_JSON,
  MISSING_FIELD,
  WRONG_TYPE,
  /** A value outside its allowed set or range that is not one of the more specific reasons. */
  INVALID_VALUE,
  NON_FINITE_VALUE,
  TIMESTAMP_OUT_OF_RANGE,
  PAYLOAD_TOO_LARGE,
  BATCH_TOO_LARGE,
  FRAME_TOO_LARGE,
  NOT_JPEG,
  BAD_TOPIC,
  DEVICE_MISMATCH,
  /** Used by consumers: the device is not registered, revoked, or belongs to another site. */
  UNKNOWN_DEVICE;

  /** Stable lower-case name, used as a metric tag and in problem types. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
