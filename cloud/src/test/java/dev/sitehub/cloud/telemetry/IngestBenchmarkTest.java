package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures ingestion throughput: the writer alone (dedupe + COPY + latest, one transaction per
 * micro-batch) and the whole path from a device through the broker. Run with -Pbench.
 */
@Tag("benchmark")
@QuarkusTest
class IngestBenchmarkTest {
  @Inject TelemetryWriter writer;
  @Inject TestUsers users;
  @Inject TestDevices devices;
  @Inject MessageCodec codec;
  @Inject Db db;
  @Inject MeterRegistry registry;

  @Test
  void writer_50kReadingsIn10kMicroBatches_printsReadingsPerSecond() throws Exception {
    Site site = users.siteWith();
    String device = "bench-" + System.nanoTime();
    int messages = 100;
    int perMessage = 500;
    int perTx = 20;
    long start = System.nanoTime();
    for (int m = 0; m < messages; m += perTx) {
      List<Accepted> batch = new ArrayList<>();
      for (int i = m; i < m + perTx; i++) {
        batch.add(new Accepted.Telemetry(site.siteId(), Messages.batch(device, i + 1, perMessage)));
      }
      writer.write(batch);
    }
    double secs = (System.nanoTime() - start) / 1e9;
    long stored = db.count("SELECT count(*) FROM reading WHERE device_id = ?", device);
    assertThat(stored).isEqualTo((long) messages * perMessage);
    System.out.printf(
        "BENCH writer: %d readings in %.2f s = %.0f readings/s (%d readings per tx)%n",
        stored, secs, stored / secs, perTx * perMessage);
  }

  @Test
  void endToEnd_deviceThroughBroker_printsReadingsPerSecond() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = devices.provision(site.siteId());
    MqttClient box = devices.connect(dev);
    int messages = 400;
    int perMessage = 100;
    List<byte[]> payloads = new ArrayList<>();
    for (int i = 1; i <= messages; i++) {
      payloads.add(codec.encode(Messages.batch(dev.deviceId(), i, perMessage)));
    }
    String topic = Topics.telemetry(site.siteId(), dev.deviceId());
    Timer batches = registry.get("sitehub.ingest.batch.latency").timer();
    long batchesBefore = batches.count();
    double batchSecondsBefore = batches.totalTime(TimeUnit.SECONDS);
    long start = System.nanoTime();
    for (byte[] p : payloads) {
      TestDevices.publish(box, topic, p);
    }
    double publishSecs = (System.nanoTime() - start) / 1e9;
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                db.count("SELECT count(*) FROM ingested_seq WHERE device_id = ?", dev.deviceId())
                    == messages);
    double secs = (System.nanoTime() - start) / 1e9;
    long n = batches.count() - batchesBefore;
    System.out.printf(
        "BENCH end-to-end: %d write transactions, mean %.1f ms, publish took %.2f s%n",
        n,
        (batches.totalTime(TimeUnit.SECONDS) - batchSecondsBefore) * 1000 / Math.max(1, n),
        publishSecs);
    long stored = db.count("SELECT count(*) FROM reading WHERE device_id = ?", dev.deviceId());
    assertThat(stored).isEqualTo((long) messages * perMessage);
    System.out.printf(
        "BENCH end-to-end: %d messages, %d readings in %.2f s = %.0f readings/s, %.0f msg/s%n",
        messages, stored, secs, stored / secs, messages / secs);
    box.disconnectForcibly(0, 5_000, true);
    box.close();
  }
}
