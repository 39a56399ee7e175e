package dev.sitehub.edge.uplink;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.ResultStatus;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * The device's MQTT 5 connection: connects with its own backoff, registers the OFFLINE Last Will,
 * queues the ONLINE birth, drains the {@link Outbox} with a window of QoS 1 publishes (acking each
 * entry only on a successful PUBACK), answers commands, and sends heartbeats, live frames and
 * snapshots directly. Paho's own buffering and persistence are not used.
 */
public final class MqttUplink implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(MqttUplink.class.getName());
  private static final int DISCONNECT_WITH_WILL = 0x04;

  private final BrokerSettings broker;
  private final MqttCredentials credentials;
  private final String siteId;
  private final String deviceId;
  private final Outbox outbox;
  private final SnapshotRing snapshots;
  private final MessageCodec codec;
  private final Function<DeviceState, DeviceStatus> status;
  private final CommandSink commands;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean connected = new AtomicBoolean();
  private final AtomicLong connects = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong liveDropped = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong badCommands = new AtomicLong();
  private final ExecutorService commandExecutor;
  private volatile MqttAsyncClient client;
  private volatile Semaphore window = new Semaphore(0);
  private volatile long suspendedUntilMillis;
  private Thread loop;

  public MqttUplink(
      BrokerSettings broker,
      MqttCredentials credentials,
      String siteId,
      String deviceId,
      Outbox outbox,
      SnapshotRing snapshots,
      MessageCodec codec,
      Function<DeviceState, DeviceStatus> status,
      CommandSink commands,
      Clock clock) {
    this.broker = broker;
    this.credentials = credentials;
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.outbox = outbox;
    this.snapshots = snapshots;
    this.codec = codec;
    this.status = status;
    this.commands = commands;
    this.clock = clock;
    this.commandExecutor =
        Executors.newSingleThreadExecutor(r -> daemon(r, "sitehub-commands-" + deviceId));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Starts the connection loop in its own thread; returns at once. */
  public void start() {
    if (running.compareAndSet(false, true)) {
      loop = daemon(this::run, "sitehub-uplink-" + deviceId);
      loop.start();
    }
  }

  private void run() {
    Backoff backoff = new Backoff(broker.reconnectMin(), broker.reconnectMax());
    while (running.get()) {
      try {
        waitWhileSuspended();
        connect();
        backoff.reset();
        drain();
      } catch (MqttException e) {
        LOG.log(
            Level.WARNING,
            "uplink connect failed device=" + deviceId + " reason=" + e.getReasonCode());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "uplink loop error device=" + deviceId, e);
      }
      dropConnection();
      if (!running.get()) {
        return;
      }
      try {
        Thread.sleep(backoff.nextDelayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void waitWhileSuspended() throws InterruptedException {
    long left;
    while (running.get() && (left = suspendedUntilMillis - clock.millis()) > 0) {
      Thread.sleep(Math.min(left, 200));
    }
  }

  /**
   * Simulates a network cut: drops the connection at once (without a clean DISCONNECT, so the
   * broker publishes the Will) and stays offline for {@code duration}. Used by the simulator.
   */
  public void suspend(java.time.Duration duration) {
    suspendedUntilMillis = clock.millis() + duration.toMillis();
    connected.set(false);
    MqttAsyncClient c = client;
    if (c != null) {
      try {
        c.disconnectForcibly(0, 100, false);
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "suspend: client already down device=" + deviceId);
      }
    }
    LOG.log(Level.WARNING, "uplink suspended device=" + deviceId + " for=" + duration);
  }

  private void connect() throws MqttException {
    MqttAsyncClient c =
        new MqttAsyncClient(broker.serverUri(), credentials.clientId(), new MemoryPersistence());
    c.setCallback(new Callback(c));
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setCleanStart(true);
    o.setAutomaticReconnect(false);
    o.setKeepAliveInterval(broker.keepAliveSeconds());
    o.setConnectionTimeout(10);
    o.setUserName(credentials.username());
    o.setPassword(credentials.password().getBytes(StandardCharsets.UTF_8));
    // Nagle off on both: see NoDelaySocketFactory.
    o.setSocketFactory(broker.tls() ? TlsSocketFactory.of(broker) : NoDelaySocketFactory.INSTANCE);
    MqttMessage will = new MqttMessage(codec.encode(status.apply(DeviceState.OFFLINE)));
    will.setQos(1);
    will.setRetained(true);
    o.setWill(Topics.status(siteId, deviceId), will);
    client = c;
    IMqttToken token = c.connect(o);
    token.waitForCompletion(15_000);
    Integer receiveMax =
        token.getResponseProperties() == null
            ? null
            : token.getResponseProperties().getReceiveMaximum();
    // Two slots stay free for command results and snapshots, which are sent outside the window.
    int size =
        Math.max(
            1, Math.min(broker.inflightWindow(), (receiveMax == null ? 65535 : receiveMax) - 2));
    window = new Semaphore(size);
    c.subscribe(Topics.command(siteId, deviceId), 1).waitForCompletion(10_000);
    connected.set(true);
    connects.incrementAndGet();
    LOG.log(Level.INFO, "uplink connected device=" + deviceId + " window=" + size);
    outbox.append(
        Lane.STATUS,
        Topics.status(siteId, deviceId),
        1,
        true,
        seq -> codec.encode(status.apply(DeviceState.ONLINE)));
  }

  private void drain() throws InterruptedException, MqttException {
    MqttAsyncClient c = client;
    Semaphore w = window;
    while (running.get() && connected.get()) {
      if (!w.tryAcquire(200, TimeUnit.MILLISECONDS)) {
        continue;
      }
      Optional<OutboxEntry> next = outbox.next(200);
      if (next.isEmpty()) {
        if (!sendSnapshot(c, w)) {
          w.release();
        }
        continue;
      }
      OutboxEntry e = next.get();
      MqttMessage m = new MqttMessage(e.payload());
      m.setQos(e.qos());
      m.setRetained(e.retain());
      c.publish(e.topic(), m, null, new Acker(e, w));
    }
  }

  /** Acks the outbox entry only when the broker accepted it. */
  private final class Acker implements MqttActionListener {
    private final OutboxEntry entry;
    private final Semaphore owner;

    Acker(OutboxEntry entry, Semaphore owner) {
      this.entry = entry;
      this.owner = owner;
    }

    @Override
    public void onSuccess(IMqttToken token) {
      owner.release();
      int[] codes = token.getReasonCodes();
      if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
        // The broker refused this message for good (for example not authorised): retrying it
        // forever would block the queue, so it is counted and removed.
        rejected.incrementAndGet();
        LOG.log(
            Level.ERROR,
            "broker refused device=" + deviceId + " seq=" + entry.seq() + " code=" + codes[0]);
      } else {
        published.incrementAndGet();
      }
      outbox.ack(entry.id());
    }

    @Override
    public void onFailure(IMqttToken token, Throwable error) {
      owner.release();
      // Left in flight: the reconnect returns it to pending and it is sent again.
      connected.set(false);
    }
  }

  /** Sends one queued snapshot using the window permit the caller holds; false if none. */
  private boolean sendSnapshot(MqttAsyncClient c, Semaphore w) throws MqttException {
    Optional<SnapshotRing.PendingFrame> f = snapshots.poll();
    if (f.isEmpty()) {
      return false;
    }
    c.publish(
        f.get().topic(),
        frameMessage(f.get().jpeg(), f.get().properties(), 1),
        null,
        new MqttActionListener() {
          @Override
          public void onSuccess(IMqttToken token) {
            w.release();
          }

          @Override
          public void onFailure(IMqttToken token, Throwable error) {
            w.release();
            snapshots.requeue(f.get());
            connected.set(false);
          }
        });
    return true;
  }

  private static MqttMessage frameMessage(byte[] jpeg, Map<String, String> props, int qos) {
    MqttMessage m = new MqttMessage(jpeg);
    m.setQos(qos);
    MqttProperties p = new MqttProperties();
    p.setContentType(FrameCodec.CONTENT_TYPE);
    List<UserProperty> ups = new ArrayList<>();
    props.forEach((k, v) -> ups.add(new UserProperty(k, v)));
    p.setUserProperties(ups);
    m.setProperties(p);
    return m;
  }

  /** Publishes a live frame at QoS 0 if connected; otherwise it is dropped and counted. */
  public void publishLive(String topic, byte[] jpeg, Map<String, String> props) {
    MqttAsyncClient c = client;
    if (c == null || !connected.get()) {
      liveDropped.incrementAndGet();
      return;
    }
    try {
      MqttMessage m = frameMessage(jpeg, props, 0);
      m.getProperties().setMessageExpiryInterval(FrameCodec.LIVE_EXPIRY_SECONDS);
      c.publish(topic, m);
    } catch (MqttException e) {
      liveDropped.incrementAndGet();
    }
  }

  /** Heartbeats are QoS 0 and never queued: the next one replaces a lost one. */
  public void publishHeartbeat(Heartbeat hb) {
    MqttAsyncClient c = client;
    if (c != null && connected.get()) {
      try {
        c.publish(Topics.heartbeat(siteId, deviceId), codec.encode(hb), 0, false);
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "heartbeat not sent device=" + deviceId);
      }
    }
  }

  private void publishResult(CommandResult r) {
    MqttAsyncClient c = client;
    Semaphore w = window;
    if (c == null) {
      LOG.log(Level.WARNING, "command result not sent (offline) id=" + r.commandId());
      return;
    }
    try {
      if (!w.tryAcquire(5, TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "command result not sent (window full) id=" + r.commandId());
        return;
      }
      c.publish(
          Topics.commandResult(siteId, deviceId),
          codec.encode(r),
          1,
          false,
          null,
          new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              w.release();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable error) {
              w.release();
            }
          });
    } catch (MqttException e) {
      w.release();
      LOG.log(Level.WARNING, "command result not sent device=" + deviceId + " id=" + r.commandId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onCommand(byte[] payload) {
    var decoded = codec.decodeCommand(payload);
    if (!decoded.isOk()) {
      badCommands.incrementAndGet();
      String id = UUID.randomUUID().toString();
      LOG.log(Level.WARNING, "bad command device=" + deviceId + " " + decoded.rejection());
      publishResult(
          new CommandResult(
              id,
              deviceId,
              ResultStatus.REJECTED,
              clock.instant(),
              "malformed command: " + decoded.rejection(),
              Map.of("unparsed", "true")));
      return;
    }
    Command cmd = decoded.value();
    CommandResult r;
    try {
      r = commands.handle(cmd);
    } catch (RuntimeException e) {
      r =
          new CommandResult(
              cmd.commandId(),
              deviceId,
              ResultStatus.ERROR,
              clock.instant(),
              e.getClass().getSimpleName(),
              Map.of());
    }
    LOG.log(
        Level.INFO,
        "command device=" + deviceId + " id=" + cmd.commandId() + " status=" + r.status());
    publishResult(r);
  }

  private final class Callback implements MqttCallback {
    private final MqttAsyncClient owner;

    Callback(MqttAsyncClient owner) {
      this.owner = owner;
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      if (owner == client) {
        connected.set(false);
        LOG.log(Level.WARNING, "uplink disconnected device=" + deviceId);
      }
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      LOG.log(Level.WARNING, "uplink error device=" + deviceId + " " + exception.getReasonCode());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      byte[] payload = message.getPayload();
      commandExecutor.execute(() -> onCommand(payload));
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }

  private void dropConnection() {
    connected.set(false);
    MqttAsyncClient c = client;
    client = null;
    if (c != null) {
      try {
        c.disconnectForcibly(0, 1000, false);
      } catch (MqttException e) {
        // Already gone.
      }
      try {
        c.close(true);
      } catch (MqttException e) {
        // Nothing more to release.
      }
    }
    outbox.releaseInFlight();
  }

  public boolean isConnected() {
    return connected.get();
  }

  public UplinkStats stats() {
    return new UplinkStats(
        connected.get(),
        connects.get(),
        published.get(),
        liveDropped.get(),
        rejected.get(),
        badCommands.get());
  }

  /** Stops the loop; a connected client disconnects asking the broker to publish its Will. */
  @Override
  public void close() {
    if (!running.compareAndSet(true, false)) {
      return;
    }
    MqttAsyncClient c = client;
    if (c != null && connected.get()) {
      try {
        c.disconnect(2000, null, null, DISCONNECT_WITH_WILL, new MqttProperties())
            .waitForCompletion(3000);
      } catch (MqttException e) {
        LOG.log(Level.DEBUG, "disconnect failed device=" + deviceId);
      }
    }
    connected.set(false);
    if (loop != null) {
      loop.interrupt();
      try {
        loop.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    commandExecutor.shutdownNow();
  }
}
