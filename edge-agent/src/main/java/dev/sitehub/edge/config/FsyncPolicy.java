package dev.sitehub.edge.config;

/** When the outbox forces appended records to the storage device. */
public enum FsyncPolicy {
  /** Every append is forced before append returns: nothing is lost on power cut, slowest. */
  ALWAYS,
  /**
   * Events and gap reports are forced at once; telemetry and status are forced every {@code
   * outbox.fsync-interval-ms}. A process kill loses nothing (the page cache survives); a power cut
   * may lose at most that interval of telemetry.
   */
  INTERVAL
}
