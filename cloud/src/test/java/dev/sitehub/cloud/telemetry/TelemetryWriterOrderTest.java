package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The writer's sequence bookkeeping when batches arrive out of order or are written concurrently,
 * as several connections and writer threads make them.
 */
@QuarkusTest
class TelemetryWriterOrderTest {
  @Inject TelemetryWriter writer;
  @Inject Db db;

  /** Verifies that late runs trim and split a cloud-detected gap in one write. */
  @Test
  void write_lateRunsInsideGap_gapTrimmedAndSplitExactly() throws Exception {
    String site = "order-" + UUID.randomUUID().toString().substring(0, 8);
    String dev = "ord-" + UUID.randomUUID().toString().substring(0, 8);
    writer.write(List.of(telemetry(site, dev, 1)));
    writer.write(List.of(telemetry(site, dev, 20)));
    assertThat(gaps(dev)).isEqualTo("2-19");
    writer.write(
        List.of(
            telemetry(site, dev, 2),
            telemetry(site, dev, 5),
            telemetry(site, dev, 6),
            telemetry(site, dev, 7),
            telemetry(site, dev, 19),
            telemetry(site, dev, 21)));
    assertThat(gaps(dev)).isEqualTo("3-4,8-18");
  }

  /**
   * Verifies that writers sharing devices, latest values and rollup minutes neither deadlock nor
   * lose or double a seq, and that the gaps left equal exactly the seqs never written.
   */
  @Test
  void write_concurrentWritersOnSameDevices_everySeqOnceNoGapLeft() throws Exception {
    String site = "conc-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> devs = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      devs.add("cw" + d + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
    int writers = 3;
    int rounds = 20;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int me = w;
        done.add(
            pool.submit(
                () -> {
                  // Writer w writes seqs w+1, w+1+writers, ... of every device: interleaved runs.
                  for (int r = 0; r < rounds; r++) {
                    List<Accepted> batch = new ArrayList<>();
                    for (String dev : devs) {
                      batch.add(telemetry(site, dev, 1 + me + (long) r * writers));
                    }
                    writer.write(batch);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (String dev : devs) {
      assertThat(db.count("SELECT count(*) FROM reading WHERE device_id = ?", dev))
          .isEqualTo((long) writers * rounds * 2);
      assertThat(gaps(dev)).isNull();
    }
  }

  private String gaps(String dev) {
    return db.text(
        "SELECT string_agg(from_seq || '-' || to_seq, ',' ORDER BY from_seq) FROM telemetry_gap"
            + " WHERE device_id = ? AND source = 'cloud'",
        dev);
  }

  private static Accepted.Telemetry telemetry(String site, String dev, long seq) {
    return new Accepted.Telemetry(site, Messages.batch(dev, seq, 2));
  }
}
