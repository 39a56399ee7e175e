package dev.sitehub.bench;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.broker.embedded.LocalCredentialStore;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;

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
    LocalCredentialStore store =
        new LocalCredentialStore(
            credentialsDb.jdbcUrl(), credentialsDb.user(), "", DeviceSecrets.MIN_ITERATIONS);
    store.applyContract();
    String secret = store.registerDevice("baseline-site", "baseline-dev");
    try (EmbeddedBroker broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .dataDir(dir)
                .jdbcUrl(credentialsDb.jdbcUrl())
                .jdbcUser(credentialsDb.user())
                .build())) {
      MqttAsyncClient c =
          new MqttAsyncClient(broker.serverUri(), "baseline-dev", new MemoryPersistence());
      MqttConnectionOptions o = new MqttConnectionOptions();
      o.setUserName("baseline-dev");
      o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
      IMqttToken t = c.connect(o);
      t.waitForCompletion(15_000);
      Integer rm = t.getResponseProperties().getReceiveMaximum();
      Semaphore window = new Semaphore(rm == null ? 65535 : rm);
      byte[] payload = new byte[payloadBytes];
      java.util.Arrays.fill(payload, (byte) 'x');
      String topic = Topics.telemetry("baseline-site", "baseline-dev");
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
      long startCount = -1;
      while (System.nanoTime() < measureEnd) {
        if (startCount < 0 && System.nanoTime() >= warmEnd) {
          startCount = acked.get();
        }
        if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          MqttMessage m = new MqttMessage(payload);
          m.setQos(1);
          c.publish(topic, m, null, onAck);
        }
      }
      double rate = (acked.get() - startCount) / seconds;
      c.disconnect().waitForCompletion(5_000);
      c.close();
      return rate;
    }
  }
}
