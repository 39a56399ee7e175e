package dev.sitehub.edge.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agent's whole typed configuration, built from a {@link ConfigSource}; every key is listed in
 * {@link #KEYS} (plus the per-camera keys) and documented in the module README.
 */
public record AgentConfig(
    BrokerSettings broker,
    IdentitySettings identity,
    OutboxSettings outbox,
    Duration heartbeatInterval,
    SensorSettings sensors,
    List<CameraSettings> cameras,
    String configHash,
    Map<String, String> values) {

  public AgentConfig {
    cameras = List.copyOf(cameras);
    values = Map.copyOf(values);
  }

  /** Keys that may appear in the file or be overridden from the environment. */
  public static final List<String> KEYS =
      List.of(
          "broker.host",
          "broker.port",
          "broker.tls",
          "broker.truststore",
          "broker.truststore-password",
          "broker.keepalive-seconds",
          "broker.reconnect-min-ms",
          "broker.reconnect-max-ms",
          "broker.inflight-window",
          "site.id",
          "device.id",
          "device.hardware-id",
          "credentials.file",
          "claim.code",
          "provision.timeout-seconds",
          "data.dir",
          "outbox.max-bytes",
          "outbox.segment-bytes",
          "outbox.fsync",
          "outbox.fsync-interval-ms",
          "outbox.snapshot-ring",
          "heartbeat.seconds",
          "sensors.sample-seconds",
          "sensors.batch-seconds",
          "sensors.batch-max-readings",
          "sensors.debounce-ms",
          "sensors.leak-pin",
          "sensors.smoke-pin",
          "sensors.door-pin",
          "sensors.pir-pin",
          "sensors.i2c-bus",
          "sensors.bme280-address",
          "sensors.ads1115-address",
          "sensors.pms5003-device",
          "sensors.sound-db-offset",
          "sensors.sound-db-per-volt",
          "cameras");

  /** Keys that hold secrets: kept out of the config hash and never logged. */
  static final List<String> SECRET_KEYS = List.of("claim.code", "broker.truststore-password");

  /** Builds and validates the configuration; throws {@link ConfigException} naming a bad key. */
  public static AgentConfig from(ConfigSource s) {
    Path dataDir = Path.of(s.string("data.dir", "/var/lib/sitehub"));
    BrokerSettings broker =
        new BrokerSettings(
            s.string("broker.host", "localhost"),
            s.integer("broker.port", 8883, 1, 65535),
            s.bool("broker.tls", true),
            optionalPath(s.string("broker.truststore", null)),
            s.string("broker.truststore-password", null),
            s.integer("broker.keepalive-seconds", 30, 5, 3600),
            s.millis("broker.reconnect-min-ms", 1000),
            s.millis("broker.reconnect-max-ms", 60_000),
            s.integer("broker.inflight-window", 32, 1, 1000));
    if (broker.reconnectMax().compareTo(broker.reconnectMin()) < 0) {
      throw new ConfigException("broker.reconnect-max-ms", "must not be below reconnect-min-ms");
    }
    IdentitySettings identity =
        new IdentitySettings(
            id(s, "site.id"),
            id(s, "device.id"),
            s.string("device.hardware-id", "unknown"),
            Path.of(s.string("credentials.file", dataDir.resolve("credentials").toString())),
            s.string("claim.code", null),
            s.seconds("provision.timeout-seconds", 30));
    OutboxSettings outbox =
        new OutboxSettings(
            dataDir.resolve("outbox"),
            s.longValue("outbox.max-bytes", 256L * 1024 * 1024, 4096),
            s.integer("outbox.segment-bytes", 4 * 1024 * 1024, 1024, Integer.MAX_VALUE),
            s.enumValue("outbox.fsync", FsyncPolicy.class, FsyncPolicy.INTERVAL),
            s.millis("outbox.fsync-interval-ms", 1000),
            s.integer("outbox.snapshot-ring", 8, 1, 1000));
    SensorSettings sensors =
        new SensorSettings(
            s.seconds("sensors.sample-seconds", 10),
            s.seconds("sensors.batch-seconds", 60),
            s.integer("sensors.batch-max-readings", 200, 1, 500),
            s.millis("sensors.debounce-ms", 200),
            s.integer("sensors.leak-pin", -1, -1, 40),
            s.integer("sensors.smoke-pin", -1, -1, 40),
            s.integer("sensors.door-pin", -1, -1, 40),
            s.integer("sensors.pir-pin", -1, -1, 40),
            s.integer("sensors.i2c-bus", 1, 0, 16),
            s.integer("sensors.bme280-address", -1, -1, 0x7f),
            s.integer("sensors.ads1115-address", -1, -1, 0x7f),
            s.string("sensors.pms5003-device", null),
            s.decimal("sensors.sound-db-offset", 30.0),
            s.decimal("sensors.sound-db-per-volt", 50.0));
    List<CameraSettings> cameras = new ArrayList<>();
    String ids = s.string("cameras", "");
    for (String raw : ids.split(",")) {
      String camId = raw.trim();
      if (!camId.isEmpty()) {
        cameras.add(CameraSettings.from(s, camId));
      }
    }
    return new AgentConfig(
        broker,
        identity,
        outbox,
        s.seconds("heartbeat.seconds", 60),
        sensors,
        List.copyOf(cameras),
        hash(s.asMap()),
        s.asMap());
  }

  /** Secrets (claim code, trust store password) must not reach logs through a record dump. */
  @Override
  public String toString() {
    return "AgentConfig["
        + broker
        + ", "
        + identity
        + ", cameras="
        + cameras.size()
        + ", hash="
        + configHash
        + "]";
  }

  /** This configuration with the device identity replaced, for example after provisioning. */
  public AgentConfig withIdentity(String siteId, String deviceId) {
    IdentitySettings i = identity;
    return new AgentConfig(
        broker,
        new IdentitySettings(
            siteId,
            deviceId,
            i.hardwareId(),
            i.credentialsFile(),
            i.claimCode(),
            i.provisionTimeout()),
        outbox,
        heartbeatInterval,
        sensors,
        cameras,
        configHash,
        values);
  }

  private static String id(ConfigSource s, String key) {
    String v = s.string(key, null);
    if (v != null && !dev.sitehub.protocol.Topics.isValidId(v)) {
      throw new ConfigException(key, "must match " + dev.sitehub.protocol.Topics.ID_PATTERN);
    }
    return v;
  }

  private static Path optionalPath(String v) {
    return v == null ? null : Path.of(v);
  }

  /** SHA-256 over the sorted non-secret keys, so the cloud can tell which config a box runs. */
  static String hash(Map<String, String> values) {
    Map<String, String> sorted = new TreeMap<>(values);
    SECRET_KEYS.forEach(sorted::remove);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      sorted.forEach((k, v) -> md.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
