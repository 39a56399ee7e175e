package dev.sitehub.cloud.alerts;

/** The families of alert rules the engine evaluates. */
public enum RuleKind {
  /** A reading above or below a limit, for a duration and/or a number of consecutive readings. */
  THRESHOLD,
  /** A device event such as leak, smoke or camera tamper; its OFF state may resolve the alert. */
  EVENT,
  /** Motion-like events inside the site's quiet hours. */
  QUIET_HOURS,
  /** The box went away: Last Will, or no message for the configured minutes. */
  DEVICE_OFFLINE,
  /** The box reports little free disk, by event or in its heartbeat. */
  DISK_LOW,
  /** No motion or noise activity for a number of working days. */
  SITE_STALLED,
  /** Planned work past its deadline and not accepted yet (see {@link DeadlineHook}). */
  MILESTONE_OVERDUE
}
