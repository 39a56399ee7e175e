package dev.sitehub.bench;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.edge.config.FsyncPolicy;
import dev.sitehub.edge.config.OutboxSettings;
import dev.sitehub.edge.uplink.Lane;
import dev.sitehub.edge.uplink.MqttCredentials;
import dev.sitehub.edge.uplink.MqttUplink;
import dev.sitehub.edge.uplink.Outbox;
import dev.sitehub.edge.uplink.SnapshotRing;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.ResultStatus;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One simulated edge box built from the agent's real durable {@link Outbox} and {@link MqttUplink}:
 * every telemetry batch is appended to disk, sent with QoS 1, and removed only on PUBACK. Each
 * batch carries {@value #READINGS} readings whose value is the batch's sequence number, so the
 * database can be audited seq by seq.
 */
public final class SimDevice implements AutoCloseable {
  public static final int READINGS = 8;
  static final String AUDIT_SENSOR = "s0";

  private final String siteId;
  private final String deviceId;
  private final Outbox outbox;
  private final MqttUplink uplink;
  private final MessageCodec codec;
  private final ConcurrentSkipListSet<Long> sent = new ConcurrentSkipListSet<>();
  private final Map<Long, Long> appendNanos = new ConcurrentHashMap<>();
  private final boolean trackTimes;

  private SimDevice(
      String siteId,
      String deviceId,
      Outbox outbox,
      MqttUplink uplink,
      MessageCodec codec,
      boolean trackTimes) {
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.outbox = outbox;
    this.uplink = uplink;
    this.codec = codec;
    this.trackTimes = trackTimes;
  }

  /**
   * Opens the device's outbox in {@code dir} (capped at {@code maxBytes}) and prepares its uplink
   * to {@code brokerPort}; call {@link #connect()} to start sending.
   */
  public static SimDevice open(
      String siteId,
      String deviceId,
      String secret,
      Path dir,
      int brokerPort,
      long maxBytes,
      boolean trackTimes) {
    MessageCodec codec = MessageCodec.withDefaults();
    Clock clock = Clock.systemUTC();
    Outbox outbox =
        Outbox.open(
            new OutboxSettings(
                dir,
                maxBytes,
                (int) Math.min(256 * 1024, maxBytes / 4),
                FsyncPolicy.INTERVAL,
                Duration.ofMillis(500),
                1),
            siteId,
            deviceId,
            codec,
            clock);
    BrokerSettings broker =
        new BrokerSettings(
            "127.0.0.1",
            brokerPort,
            false,
            null,
            null,
            30,
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            200);
    MqttUplink uplink =
        new MqttUplink(
            broker,
            new MqttCredentials(deviceId, deviceId, secret),
            siteId,
            deviceId,
            outbox,
            new SnapshotRing(1),
            codec,
            state ->
                new DeviceStatus(
                    deviceId, state, clock.instant(), "bench", List.of("s0"), List.of(), "bench"),
            cmd ->
                new CommandResult(
                    cmd.commandId(),
                    deviceId,
                    ResultStatus.REJECTED,
                    clock.instant(),
                    "simulated",
                    Map.of()),
            clock);
    return new SimDevice(siteId, deviceId, outbox, uplink, codec, trackTimes);
  }

  public SimDevice connect() {
    uplink.start();
    return this;
  }

  /** Appends one telemetry batch to the outbox and returns its sequence number. */
  public long emit() {
    Instant now = Instant.now();
    long nanos = System.nanoTime();
    long seq =
        outbox.append(
            Lane.TELEMETRY,
            Topics.telemetry(siteId, deviceId),
            1,
            false,
            s -> codec.encode(batch(deviceId, s, now)));
    sent.add(seq);
    if (trackTimes) {
      appendNanos.put(seq, nanos);
    }
    return seq;
  }

  /** A batch of {@value #READINGS} readings whose value is {@code seq}, as the audit expects. */
  public static TelemetryBatch batch(String deviceId, long seq, Instant ts) {
    List<Reading> readings = new ArrayList<>(READINGS);
    for (int i = 0; i < READINGS; i++) {
      readings.add(Reading.of("s" + i, SensorKind.TEMPERATURE, ts, seq));
    }
    return new TelemetryBatch(deviceId, seq, ts, readings);
  }

  public String siteId() {
    return siteId;
  }

  public String deviceId() {
    return deviceId;
  }

  /** Sequence numbers of every telemetry batch appended so far. */
  public List<Long> sentSeqs() {
    return List.copyOf(sent);
  }

  /** When {@code seq} was appended (System.nanoTime), if times are tracked. */
  public Long appendedAt(long seq) {
    return appendNanos.get(seq);
  }

  /** Entries not yet acknowledged by the broker. */
  public long backlog() {
    return outbox.depth();
  }

  /** Drops counted by the outbox, by cause (e.g. telemetry_disk_cap). */
  public Map<String, Long> dropped() {
    return outbox.dropped();
  }

  /** Cuts this device off the network for {@code d}, without a clean disconnect. */
  public void cutOff(Duration d) {
    uplink.suspend(d);
  }

  public boolean connected() {
    return uplink.isConnected();
  }

  @Override
  public void close() {
    uplink.close();
    outbox.close();
  }
}
