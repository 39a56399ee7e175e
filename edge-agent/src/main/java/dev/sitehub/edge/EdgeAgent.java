package dev.sitehub.edge;

import dev.sitehub.edge.camera.CameraManager;
import dev.sitehub.edge.camera.CameraOutput;
import dev.sitehub.edge.commands.CommandDispatcher;
import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.ConfigOverrides;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.edge.sensors.SensorHub;
import dev.sitehub.edge.uplink.Lane;
import dev.sitehub.edge.uplink.MqttUplink;
import dev.sitehub.edge.uplink.Outbox;
import dev.sitehub.edge.uplink.SnapshotRing;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ProtocolLimits;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One running edge agent: the outbox, the uplink, cameras, sensors, heartbeats and command handling
 * for one provisioned device. Everything a reading or event goes through starts here: {@link
 * #recordEvent} and {@link #recordTelemetry} put it in the outbox with the next sequence number.
 */
public final class EdgeAgent implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EdgeAgent.class.getName());
  public static final String VERSION = "0.1.0";

  private final AgentConfig config;
  private final DeviceCredentials creds;
  private final Clock clock;
  private final MessageCodec codec;
  private final FrameCodec frameCodec;
  private final Outbox outbox;
  private final SnapshotRing ring;
  private final CameraManager cameras;
  private final SensorHub sensors;
  private final MqttUplink uplink;
  private final HealthProbe health;
  private final ScheduledExecutorService scheduler;
  private final Instant startedAt;
  private volatile String configHash;
  private final boolean sampleOnTimer;

  private EdgeAgent(
      AgentConfig installed,
      DeviceCredentials creds,
      AgentHardware hw,
      Clock clock,
      Runnable restartHook) {
    ConfigOverrides overrides =
        new ConfigOverrides(
            installed.outbox().dir().resolveSibling("overrides.properties"), installed.values());
    AgentConfig config = overrides.effective(installed);
    this.config = config;
    this.creds = creds;
    this.clock = clock;
    this.configHash = config.configHash();
    this.sampleOnTimer = hw.sampleOnTimer();
    ProtocolLimits limits =
        ProtocolLimits.defaults().withMaxReadingsPerBatch(config.sensors().batchMaxReadings());
    this.codec = new MessageCodec(limits, clock);
    this.frameCodec = new FrameCodec(limits, clock);
    this.outbox = Outbox.open(config.outbox(), creds.siteId(), creds.deviceId(), codec, clock);
    this.ring = new SnapshotRing(config.outbox().snapshotRing());
    this.health = HealthProbe.forDataDir(config.outbox().dir());
    this.startedAt = clock.instant();
    this.cameras =
        new CameraManager(
            config.cameras(), hw.frameSources(), new Frames(), clock, ZoneId.systemDefault());
    this.sensors =
        hw.pi4j() == null
            ? null
            : new SensorHub(
                config.sensors(),
                hw.pi4j(),
                hw.serial(),
                this::recordEvent,
                this::recordTelemetry,
                clock);
    CommandDispatcher dispatcher =
        new CommandDispatcher(
            creds.deviceId(),
            cameras,
            changes -> {
              // Stored first, then a restart applies it everywhere (cameras, sensors, timers).
              AgentConfig updated = overrides.apply(changes);
              configHash = updated.configHash();
              restartHook.run();
              return configHash;
            },
            restartHook,
            clock);
    this.uplink =
        new MqttUplink(
            config.broker(),
            creds.mqtt(),
            creds.siteId(),
            creds.deviceId(),
            outbox,
            ring,
            codec,
            this::status,
            dispatcher,
            clock);
    this.scheduler =
        Executors.newScheduledThreadPool(
            1,
            r -> {
              Thread t = new Thread(r, "sitehub-agent-" + creds.deviceId());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Opens the outbox and starts uplink, cameras, sensors and heartbeats. {@code restartHook} runs
   * when a restart command arrives (the production main exits so that systemd restarts it).
   */
  public static EdgeAgent start(
      AgentConfig config,
      DeviceCredentials creds,
      AgentHardware hw,
      Clock clock,
      Runnable restartHook) {
    EdgeAgent a = new EdgeAgent(config, creds, hw, clock, restartHook);
    a.begin();
    return a;
  }

  private void begin() {
    recordEvent(EventType.AGENT_STARTED, "agent", EventState.PULSE, Map.of("version", VERSION));
    uplink.start();
    cameras.start();
    if (sensors != null) {
      sensors.start(sampleOnTimer);
    }
    long hb = config.heartbeatInterval().toMillis();
    scheduler.scheduleAtFixedRate(this::heartbeatSafely, hb, hb, TimeUnit.MILLISECONDS);
    long sync = Math.max(50, config.outbox().fsyncInterval().toMillis());
    scheduler.scheduleAtFixedRate(this::syncSafely, sync, sync, TimeUnit.MILLISECONDS);
    LOG.log(
        Level.INFO,
        "agent started site="
            + creds.siteId()
            + " device="
            + creds.deviceId()
            + " broker="
            + config.broker());
  }

  /** Queues an event with the next device sequence number and returns that number. */
  public long recordEvent(
      EventType type, String source, EventState state, Map<String, String> detail) {
    long seq =
        outbox.append(
            Lane.EVENT,
            Topics.event(creds.siteId(), creds.deviceId()),
            1,
            false,
            s ->
                codec.encode(
                    new DeviceEvent(
                        creds.deviceId(), s, clock.instant(), type, source, state, detail, null)));
    LOG.log(
        Level.INFO,
        "event device="
            + creds.deviceId()
            + " seq="
            + seq
            + " type="
            + type.wireName()
            + " source="
            + source
            + " state="
            + state);
    return seq;
  }

  /** Queues one telemetry batch (at most the batch limit of readings) and returns its seq. */
  public long recordTelemetry(List<Reading> readings) {
    return outbox.append(
        Lane.TELEMETRY,
        Topics.telemetry(creds.siteId(), creds.deviceId()),
        1,
        false,
        s -> codec.encode(new TelemetryBatch(creds.deviceId(), s, clock.instant(), readings)));
  }

  DeviceStatus status(DeviceState state) {
    List<String> sensorIds = sensors == null ? List.of() : sensors.sensorIds();
    return new DeviceStatus(
        creds.deviceId(),
        state,
        clock.instant(),
        VERSION,
        sensorIds,
        new ArrayList<>(cameras.cameraIds()),
        configHash);
  }

  /** The heartbeat as it would be sent now. */
  public Heartbeat heartbeat() {
    Map<String, Long> dropped = new HashMap<>(outbox.dropped());
    var u = uplink.stats();
    dropped.put("live_frames_offline", u.liveFramesDropped());
    dropped.put("snapshots_overwritten", ring.overwritten());
    dropped.put("rejected_by_broker", u.rejectedByBroker());
    return new Heartbeat(
        creds.deviceId(),
        clock.instant(),
        Duration.between(startedAt, clock.instant()).toSeconds(),
        health.cpuTempC(),
        health.diskFreeBytes(),
        outbox.depth(),
        dropped,
        cameras.health());
  }

  private void heartbeatSafely() {
    try {
      uplink.publishHeartbeat(heartbeat());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "heartbeat failed device=" + creds.deviceId() + ": " + e);
    }
  }

  private void syncSafely() {
    try {
      outbox.sync();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "outbox sync failed device=" + creds.deviceId() + ": " + e);
    }
  }

  /** Routes camera output: live frames straight to MQTT, snapshots to the bounded ring. */
  private final class Frames implements CameraOutput {
    @Override
    public void frame(FrameMeta meta, byte[] jpeg, boolean live) {
      String topic = Topics.frame(creds.siteId(), creds.deviceId(), meta.cameraId());
      Map<String, String> props = frameCodec.toUserProperties(meta);
      if (live) {
        uplink.publishLive(topic, jpeg, props);
      } else {
        ring.offer(new SnapshotRing.PendingFrame(topic, jpeg, props));
      }
    }

    @Override
    public void event(
        EventType type, String cameraId, EventState state, Map<String, String> detail) {
      recordEvent(type, cameraId, state, detail);
    }
  }

  public String siteId() {
    return creds.siteId();
  }

  public String deviceId() {
    return creds.deviceId();
  }

  public Outbox outbox() {
    return outbox;
  }

  public MqttUplink uplink() {
    return uplink;
  }

  public CameraManager cameras() {
    return cameras;
  }

  public SensorHub sensors() {
    return sensors;
  }

  public AgentConfig config() {
    return config;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    if (sensors != null) {
      sensors.close();
    }
    cameras.close();
    uplink.close();
    outbox.close();
    LOG.log(Level.INFO, "agent stopped device=" + creds.deviceId());
  }
}
