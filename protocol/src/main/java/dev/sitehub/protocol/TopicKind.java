package dev.sitehub.protocol;

/**
 * The machine-readable topic table: every topic SiteHub uses, with who may publish it, who may
 * subscribe to it, its QoS and whether it may be retained. docs/protocol.md and the broker ACL are
 * both derived from this table.
 */
public enum TopicKind {
  /** Batches of sensor readings, sequenced per device. */
  TELEMETRY(Scope.DEVICE, "telemetry", 1, false, Principal.DEVICE, Principal.CLOUD),
  /** Discrete events: leak, smoke, door, motion, tamper, gaps. Sequenced like telemetry. */
  EVENT(Scope.DEVICE, "event", 1, false, Principal.DEVICE, Principal.CLOUD),
  /** Birth and Last Will status of the device, retained so a new subscriber learns it at once. */
  STATUS(Scope.DEVICE, "status", 1, true, Principal.DEVICE, Principal.CLOUD),
  /** Periodic health report; losing one is harmless, the next replaces it. */
  HEARTBEAT(Scope.DEVICE, "heartbeat", 0, false, Principal.DEVICE, Principal.CLOUD),
  /** Raw JPEG camera frame, metadata in MQTT 5 user properties. QoS 0 live, QoS 1 snapshots. */
  FRAME(Scope.CAMERA, "frame", 1, false, Principal.DEVICE, Principal.CLOUD),
  /** Cloud to device command. */
  COMMAND(Scope.DEVICE, "cmd", 1, false, Principal.CLOUD, Principal.DEVICE),
  /** Device answer to a command, correlated by command id. */
  COMMAND_RESULT(Scope.DEVICE, "cmd/result", 1, false, Principal.DEVICE, Principal.CLOUD),
  /** A claim code offered by an unprovisioned box. */
  PROVISION_REQUEST(Scope.CLIENT, "request", 1, false, Principal.PROVISIONER, Principal.CLOUD),
  /** The cloud's answer to a claim: device id and secret, or a refusal. */
  PROVISION_RESPONSE(Scope.CLIENT, "response", 1, false, Principal.CLOUD, Principal.PROVISIONER);

  /** What the topic is addressed by. */
  public enum Scope {
    /** sitehub/v1/site/{site}/{device}/{suffix} */
    DEVICE,
    /** sitehub/v1/site/{site}/{device}/frame/{camera} */
    CAMERA,
    /** sitehub/v1/provision/{clientId}/{suffix} */
    CLIENT
  }

  private final Scope scope;
  private final String suffix;
  private final int maxQos;
  private final boolean retainAllowed;
  private final Principal publisher;
  private final Principal subscriber;

  TopicKind(
      Scope scope,
      String suffix,
      int maxQos,
      boolean retainAllowed,
      Principal publisher,
      Principal subscriber) {
    this.scope = scope;
    this.suffix = suffix;
    this.maxQos = maxQos;
    this.retainAllowed = retainAllowed;
    this.publisher = publisher;
    this.subscriber = subscriber;
  }

  public Scope scope() {
    return scope;
  }

  /** The topic levels after the address part, for example {@code cmd/result}. */
  public String suffix() {
    return suffix;
  }

  /** The highest QoS a publisher may use on this topic. */
  public int maxQos() {
    return maxQos;
  }

  public boolean retainAllowed() {
    return retainAllowed;
  }

  public Principal publisher() {
    return publisher;
  }

  public Principal subscriber() {
    return subscriber;
  }
}
