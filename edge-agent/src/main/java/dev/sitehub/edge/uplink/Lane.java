package dev.sitehub.edge.uplink;

/** Outbox lanes in replay priority order: every pending event goes before any telemetry. */
public enum Lane {
  EVENT("event", true),
  TELEMETRY("telemetry", true),
  STATUS("status", false);

  private final String fileName;
  private final boolean sequenced;

  Lane(String fileName, boolean sequenced) {
    this.fileName = fileName;
    this.sequenced = sequenced;
  }

  String fileName() {
    return fileName;
  }

  /** Whether entries in this lane carry the device sequence number. */
  public boolean sequenced() {
    return sequenced;
  }

  /** Key under which drops of this lane are counted in heartbeats. */
  public String dropKey() {
    return fileName + "_disk_cap";
  }
}
