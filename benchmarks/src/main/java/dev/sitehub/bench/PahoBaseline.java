package dev.sitehub.bench;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.broker.embedded.LocalCredentialStore;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Baseline: one raw Paho client publishing QoS 1 to an embedded HiveMQ with the SiteHub extension
 * (so authorization is paid, as in the real path), windowed to the broker's Receive Maximum, with
 * payloads of the size the benchmark's devices send. Nothing subscribes, nothing is stored.
 */
public final class PahoBaseline {
  private final Database credentialsDb;
  private final Path dir;
  private final boolean inMemory;
  private final int pollBatch;

  /** {@code credentialsDb} is a scratch database for this broker's credential tables. */
  public PahoBaseline(Database credentialsDb, Path dir) {
    this(credentialsDb, dir, false);
  }

  /**
   * As above; {@code inMemory} runs the broker on in-memory persistence instead of the file
   * persistence SiteHub deploys, to show what the broker's queue storage costs.
   */
  public PahoBaseline(Database credentialsDb, Path dir, boolean inMemory) {
    this(credentialsDb, dir, inMemory, 0);
  }

  /**
   * As above; {@code pollBatch} sets HiveMQ CE's poll batch and in-flight window (0: CE's 50), to
   * show what the broker gives one consumer when it may have more than 50 messages in flight.
   */
  public PahoBaseline(Database credentialsDb, Path dir, boolean inMemory, int pollBatch) {
    this.credentialsDb = credentialsDb;
    this.dir = dir;
    this.inMemory = inMemory;
    this.pollBatch = pollBatch;
  }

  /** Who, if anyone, consumes the published messages. */
  private enum Consumer {
    NONE,
    SHARED,
    DIRECT
  }

  /** Publishes for {@code seconds} after a warm-up; returns acknowledged publishes per second. */
  public double run(int payloadBytes, double seconds) throws Exception {
    return run(payloadBytes, seconds, Consumer.NONE);
  }

  /**
   * As {@link #run(int, double)}, but with one consumer on the cloud's kind of subscription: a
   * {@code $share} group, QoS 1, manual acks sent as each message arrives, Receive Maximum 500 and
   * a persistent session, as the cloud's link uses. Returns messages delivered per second: the
   * broker's own ceiling for the cloud's consumer, with no decode and no database.
   */
  public double runShared(int payloadBytes, double seconds) throws Exception {
    return run(payloadBytes, seconds, Consumer.SHARED);
  }

  /**
   * As {@link #runShared}, but the consumer holds a plain subscription on the same filter, with no
   * {@code $share} group: tells a shared-subscription cost from the broker's cost of delivering QoS
   * 1 to one subscriber.
   */
  public double runDirect(int payloadBytes, double seconds) throws Exception {
    return run(payloadBytes, seconds, Consumer.DIRECT);
  }

  /**
   * The same publisher and consumer as {@link #runDirect} against another broker (Mosquitto) with
   * anonymous access: shows what the Paho consumer itself can take. Null when nothing listens at
   * {@code serverUri}.
   */
  public static Double runDirectOn(String serverUri, int payloadBytes, double seconds) {
    try {
      String id = "sitehub-bench-" + System.nanoTime();
      return measure(
          serverUri,
          id,
          null,
          id + "-sub",
          null,
          "sitehub-bench/" + id,
          payloadBytes,
          seconds,
          "sitehub-bench/" + id);
    } catch (Exception e) {
      return null;
    }
  }

  private double run(int payloadBytes, double seconds, Consumer consumer) throws Exception {
    LocalCredentialStore store =
        new LocalCredentialStore(
            credentialsDb.jdbcUrl(), credentialsDb.user(), "", DeviceSecrets.MIN_ITERATIONS);
    store.applyContract();
    String device = "baseline-dev-" + consumer.name().toLowerCase(java.util.Locale.ROOT);
    // Each run registers its principals afresh, so runs may share a credentials database.
    store.delete(device);
    String secret = store.registerDevice("baseline-site", device);
    String cloudSecret = null;
    if (consumer != Consumer.NONE) {
      store.delete(MqttUsers.CLOUD);
      cloudSecret = store.registerCloud(MqttUsers.CLOUD);
    }
    String filter =
        switch (consumer) {
          case NONE -> null;
          case SHARED -> Topics.sharedFilter("baseline", TopicKind.TELEMETRY);
          case DIRECT -> Topics.allSitesFilter(TopicKind.TELEMETRY);
        };
    try (EmbeddedBroker broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .dataDir(dir.resolve(consumer.name().toLowerCase(java.util.Locale.ROOT)))
                .inMemoryPersistence(inMemory)
                .pollBatchSize(pollBatch)
                .inflightWindow(pollBatch)
                .jdbcUrl(credentialsDb.jdbcUrl())
                .jdbcUser(credentialsDb.user())
                .build())) {
      return measure(
          broker.serverUri(),
          device,
          secret,
          "baseline-cloud",
          cloudSecret,
          filter,
          payloadBytes,
          seconds,
          Topics.telemetry("baseline-site", device));
    }
  }

  /**
   * Publishes QoS 1 as fast as the broker's Receive Maximum allows for {@code seconds} after a 2 s
   * warm-up; with a {@code filter}, a consumer under {@code consumerId} subscribes first and the
   * rate counts its deliveries, otherwise the publisher's acknowledgements. Null secrets connect
   * without credentials.
   */
  private static double measure(
      String uri,
      String publisherId,
      String publisherSecret,
      String consumerId,
      String consumerSecret,
      String filter,
      int payloadBytes,
      double seconds,
      String topic)
      throws Exception {
    AtomicLong delivered = new AtomicLong();
    MqttClient sub =
        filter == null ? null : subscriber(uri, consumerId, consumerSecret, filter, delivered);
    MqttAsyncClient c = new MqttAsyncClient(uri, publisherId, new MemoryPersistence());
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    if (publisherSecret != null) {
      o.setUserName(publisherId);
      o.setPassword(publisherSecret.getBytes(StandardCharsets.UTF_8));
    }
    IMqttToken t = c.connect(o);
    t.waitForCompletion(15_000);
    Integer rm = t.getResponseProperties().getReceiveMaximum();
    Semaphore window = new Semaphore(rm == null ? 65535 : rm);
    byte[] payload = new byte[payloadBytes];
    java.util.Arrays.fill(payload, (byte) 'x');
    AtomicLong acked = new AtomicLong();
    MqttActionListener onAck =
        new MqttActionListener() {
          @Override
          public void onSuccess(IMqttToken token) {
            acked.incrementAndGet();
            window.release();
          }

          @Override
          public void onFailure(IMqttToken token, Throwable e) {
            window.release();
          }
        };
    long warmEnd = System.nanoTime() + 2_000_000_000L;
    long measureEnd = warmEnd + (long) (seconds * 1e9);
    AtomicLong measured = sub != null ? delivered : acked;
    long startCount = -1;
    while (System.nanoTime() < measureEnd) {
      if (startCount < 0 && System.nanoTime() >= warmEnd) {
        startCount = measured.get();
      }
      if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        c.publish(topic, m, null, onAck);
      }
    }
    double rate = (measured.get() - startCount) / seconds;
    c.disconnect().waitForCompletion(5_000);
    c.close();
    if (sub != null) {
      sub.disconnect(5_000);
      sub.close(true);
    }
    return rate;
  }

  private static MqttClient subscriber(
      String uri, String id, String secret, String filter, AtomicLong delivered) throws Exception {
    MqttClient sub = new MqttClient(uri, id, new MemoryPersistence());
    sub.setManualAcks(true);
    sub.setCallback(
        new MqttCallback() {
          @Override
          public void messageArrived(String topic, MqttMessage m) throws Exception {
            sub.messageArrivedComplete(m.getId(), m.getQos());
            delivered.incrementAndGet();
          }

          @Override
          public void disconnected(MqttDisconnectResponse r) {}

          @Override
          public void mqttErrorOccurred(MqttException e) {}

          @Override
          public void deliveryComplete(IMqttToken t) {}

          @Override
          public void connectComplete(boolean reconnect, String serverUri) {}

          @Override
          public void authPacketArrived(int code, MqttProperties p) {}
        });
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    if (secret != null) {
      o.setUserName(MqttUsers.CLOUD);
      o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    }
    o.setCleanStart(false);
    o.setSessionExpiryInterval(3600L);
    o.setReceiveMaximum(500);
    sub.connect(o);
    sub.subscribe(new String[] {filter}, new int[] {1});
    return sub;
  }
}
