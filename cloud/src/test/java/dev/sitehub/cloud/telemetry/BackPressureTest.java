package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.cloud.BrokerResource;
import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.mqtt.Delivery;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Verifies behaviour while the database is unreachable: the pipeline keeps retrying, acks nothing,
 * and its bounded queue blocks the receiver (back-pressure) instead of growing; once the database
 * is back every message is stored exactly once and acknowledged.
 */
@QuarkusTest
class BackPressureTest {
  private static final int CAPACITY = 5;

  @Inject TestUsers users;
  @Inject DeviceService devices;
  @Inject MessageCodec codec;
  @Inject DeviceDirectory directory;
  @Inject IngestMetrics metrics;
  @Inject RejectLog rejectLog;
  @Inject StorageConfig storageConfig;
  @Inject TelemetryStorage storage;
  @Inject ObjectMapper json;
  @Inject Db db;

  @Test
  void databaseDown_receiverBlocksNothingAcked_thenAllStoredOnceWhenBack() throws Exception {
    Site site = users.siteWith();
    ClaimView claim = devices.createClaim(site.siteId(), null);
    ProvisionResponse dev =
        devices.provision("box-bp", new ProvisionRequest("r", claim.code(), "hw", "1"));

    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(BrokerResource.JDBC_URL);
    ds.setUser("postgres");
    ds.setConnectTimeout(1);
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    ds.setPortNumbers(new int[] {deadPort}); // nothing listens there: the database is "down"
    // The same layout the application picked, over the connection that can be cut.
    TelemetryStorage layout =
        "timescaledb".equals(storage.layout())
            ? new TimescaleStorage(ds, storageConfig)
            : new PartitionedStorage(ds, storageConfig);
    TelemetryWriter writer = new TelemetryWriter(ds, layout, json, Clock.systemUTC());
    Set<Integer> acked = ConcurrentHashMap.newKeySet();
    IngestPipeline pipeline =
        new IngestPipeline(
            smallQueue(),
            codec,
            directory,
            writer,
            metrics,
            rejectLog,
            d -> acked.add(d.messageId()));
    pipeline.start();

    int total = 30;
    AtomicInteger offered = new AtomicInteger();
    Thread receiver =
        new Thread(
            () -> {
              try {
                for (int i = 1; i <= total; i++) {
                  byte[] p = codec.encode(Messages.batch(dev.deviceId(), i, 3));
                  pipeline.offer(
                      new Delivery(
                          Topics.telemetry(site.siteId(), dev.deviceId()),
                          p,
                          i,
                          1,
                          0,
                          System.nanoTime()));
                  offered.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    receiver.start();

    // The receiver stalls once the device's writer holds one batch and the device's lane is full:
    // one device's messages all take one of the two lanes, each half of the capacity.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> receiver.getState() == Thread.State.WAITING && pipeline.queued() == CAPACITY / 2);
    assertThat(offered.get()).isLessThan(total);
    assertThat(acked).isEmpty();

    ds.setPortNumbers(new int[] {5432}); // the database is back
    await().atMost(Duration.ofSeconds(30)).until(() -> acked.size() == total);
    receiver.join(5_000);
    pipeline.close();
    assertThat(db.count("SELECT count(*) FROM reading WHERE device_id = ?", dev.deviceId()))
        .isEqualTo(total * 3L);
  }

  private static IngestConfig smallQueue() {
    return new IngestConfig() {
      @Override
      public int queueCapacity() {
        return CAPACITY;
      }

      @Override
      public int writers() {
        return 2;
      }

      @Override
      public int batchMaxMessages() {
        return 4;
      }

      @Override
      public Duration batchMaxDelay() {
        return Duration.ofMillis(20);
      }

      @Override
      public Duration maxRetryDelay() {
        return Duration.ofMillis(300);
      }

      @Override
      public Duration rejectLogInterval() {
        return Duration.ofMinutes(1);
      }

      @Override
      public Duration dedupeHorizon() {
        return Duration.ofDays(35);
      }

      @Override
      public Duration deviceCacheTtl() {
        return Duration.ofSeconds(30);
      }
    };
  }
}
