package dev.sitehub.bench;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.broker.embedded.LocalCredentialStore;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
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

  /** {@code credentialsDb} is a scratch database for this broker's credential tables. */
  public PahoBaseline(Database credentialsDb, Path dir) {
    this.credentialsDb = credentialsDb;
    this.dir = dir;
  }

  /** Publishes for {@code seconds} after a warm-up; returns acknowledged publishes per second. */
  public double run(int payloadBytes, double seconds) throws Exception {
    return run(payloadBytes, seconds, false);
  }

  /**
   * As {@link #run(int, double)}, but with one consumer on the cloud's kind of subscription: a
   * {@code $share} group, QoS 1, manual acks sent as each message arrives, Receive Maximum 500 and
   * a persistent session, as the cloud's link uses. Returns messages delivered per second: the
   * broker's own ceiling for the cloud's consumer, with no decode and no database.
   */
  public double runShared(int payloadBytes, double seconds) throws Exception {
    return run(payloadBytes, seconds, true);
  }

  private double run(int payloadBytes, double seconds, boolean shared) throws Exception {
    LocalCredentialStore store =
        new LocalCredentialStore(
            credentialsDb.jdbcUrl(), credentialsDb.user(), "", DeviceSecrets.MIN_ITERATIONS);
    store.applyContract();
    String device = shared ? "baseline-dev-s" : "baseline-dev";
    String secret = store.registerDevice("baseline-site", device);
    String cloudSecret = shared ? store.registerCloud(MqttUsers.CLOUD) : null;
    try (EmbeddedBroker broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .dataDir(dir.resolve(shared ? "shared" : "plain"))
                .jdbcUrl(credentialsDb.jdbcUrl())
                .jdbcUser(credentialsDb.user())
                .build())) {
      AtomicLong delivered = new AtomicLong();
      MqttClient sub = shared ? subscriber(broker.serverUri(), cloudSecret, delivered) : null;
      MqttAsyncClient c = new MqttAsyncClient(broker.serverUri(), device, new MemoryPersistence());
      MqttConnectionOptions o = new MqttConnectionOptions();
      o.setUserName(device);
      o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
      IMqttToken t = c.connect(o);
      t.waitForCompletion(15_000);
      Integer rm = t.getResponseProperties().getReceiveMaximum();
      Semaphore window = new Semaphore(rm == null ? 65535 : rm);
      byte[] payload = new byte[payloadBytes];
      java.util.Arrays.fill(payload, (byte) 'x');
      String topic = Topics.telemetry("baseline-site", device);
      AtomicLong counted = shared ? delivered : null;
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
      AtomicLong measured = shared ? counted : acked;
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
  }

  private static MqttClient subscriber(String uri, String secret, AtomicLong delivered)
      throws Exception {
    MqttClient sub = new MqttClient(uri, "baseline-cloud", new MemoryPersistence());
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
    o.setUserName(MqttUsers.CLOUD);
    o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    o.setCleanStart(false);
    o.setSessionExpiryInterval(3600L);
    o.setReceiveMaximum(500);
    sub.connect(o);
    sub.subscribe(
        new String[] {Topics.sharedFilter("baseline", TopicKind.TELEMETRY)}, new int[] {1});
    return sub;
  }
}
