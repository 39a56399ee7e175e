package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BrokerResource;
import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.mqtt.BrokerLink;
import dev.sitehub.cloud.mqtt.MqttSettings;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Test;

/**
 * Verifies the no-loss contract with a real broker: a consumer killed after its transaction
 * committed but before it acknowledged stores nothing twice; one killed before commit loses
 * nothing. The application's own consumer is off, so the test's consumers are the only ones.
 */
@QuarkusTest
@TestProfile(ConsumerCrashTest.NoAppConsumer.class)
class ConsumerCrashTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject TestUsers users;
  @Inject DeviceService deviceService;
  @Inject IngestPipelines pipelines;
  @Inject IngestMetrics metrics;
  @Inject MessageCodec codec;
  @Inject TestDevices devices;
  @Inject AgroalDataSource ds;
  @Inject Db db;

  /** Turns off the application's MQTT consumer. */
  public static class NoAppConsumer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("sitehub.mqtt.enabled", "false");
    }
  }

  @Test
  void consumerKilled_afterCommitBeforeAck_redeliveryStoresNothingTwice() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = provisionDirect(site);
    MqttSettings settings = settings();
    AtomicBoolean killed = new AtomicBoolean();
    AtomicReference<BrokerLink> first = new AtomicReference<>();
    IngestPipeline crashing =
        pipelines.create(
            d -> {
              // The batch is committed; the process "dies" before a single PUBACK goes out.
              killed.set(true);
              first.get().kill();
              return false;
            });
    first.set(new BrokerLink(settings, crashing::offer));
    crashing.start();
    first.get().start();
    await().atMost(WAIT).until(first.get()::isConnected);

    MqttClient box = devices.connect(dev);
    for (int seq = 1; seq <= 10; seq++) {
      TestDevices.publish(
          box,
          Topics.telemetry(site.siteId(), dev.deviceId()),
          codec.encode(Messages.batch(dev.deviceId(), seq, 2)));
    }
    await().atMost(WAIT).untilTrue(killed);
    crashing.close();
    long committedBeforeCrash = seqCount(dev.deviceId());
    assertThat(committedBeforeCrash).isPositive();
    double dupBefore = metrics.duplicates();

    try (Consumer healthy = restartConsumer(settings)) {
      await().atMost(WAIT).until(() -> seqCount(dev.deviceId()) == 10);
      await().atMost(WAIT).until(() -> metrics.duplicates() - dupBefore >= committedBeforeCrash);
      assertThat(readingCount(dev.deviceId())).isEqualTo(20);
    }
    box.disconnectForcibly(0, 5_000, true);
    box.close();
  }

  @Test
  void consumerKilled_beforeCommit_redeliveryLosesNothing() throws Exception {
    Site site = users.siteWith();
    ProvisionResponse dev = provisionDirect(site);
    MqttSettings settings = settings();
    AtomicReference<BrokerLink> first = new AtomicReference<>();
    IngestPipeline doomed = pipelines.create(d -> first.get().ack(d));
    first.set(new BrokerLink(settings, doomed::offer));
    doomed.start();
    first.get().start();
    await().atMost(WAIT).until(first.get()::isConnected);

    try (Connection blocker = ds.getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement s = blocker.createStatement()) {
        // Holds the writer's first statement so that its transaction cannot reach commit.
        s.execute("LOCK TABLE ingested_seq IN SHARE ROW EXCLUSIVE MODE");
      }
      MqttClient box = devices.connect(dev);
      for (int seq = 1; seq <= 10; seq++) {
        TestDevices.publish(
            box,
            Topics.telemetry(site.siteId(), dev.deviceId()),
            codec.encode(Messages.batch(dev.deviceId(), seq, 2)));
      }
      await().atMost(WAIT).until(() -> blockedWriterPid() != null);
      first.get().kill();
      doomed.close();
      Integer pid = blockedWriterPid();
      try (Statement s = blocker.createStatement()) {
        s.execute("SELECT pg_terminate_backend(" + pid + ")");
      }
      blocker.rollback();
      assertThat(seqCount(dev.deviceId())).isZero();

      try (Consumer healthy = restartConsumer(settings)) {
        await().atMost(WAIT).until(() -> seqCount(dev.deviceId()) == 10);
        assertThat(readingCount(dev.deviceId())).isEqualTo(20);
      }
      box.disconnectForcibly(0, 5_000, true);
      box.close();
    }
  }

  /** A consumer restarted with the crashed one's client id, so it resumes its session. */
  private Consumer restartConsumer(MqttSettings settings) {
    AtomicReference<BrokerLink> link = new AtomicReference<>();
    IngestPipeline p = pipelines.create(d -> link.get().ack(d));
    link.set(new BrokerLink(settings, p::offer));
    p.start();
    link.get().start();
    return new Consumer(p, link.get());
  }

  private record Consumer(IngestPipeline pipeline, BrokerLink link) implements AutoCloseable {
    @Override
    public void close() {
      link.close();
      pipeline.close();
    }
  }

  private ProvisionResponse provisionDirect(Site site) {
    ClaimView claim = deviceService.createClaim(site.siteId(), null);
    String box = "box-" + UUID.randomUUID().toString().substring(0, 8);
    return deviceService.provision(box, new ProvisionRequest("r-" + box, claim.code(), box, "1.0"));
  }

  private MqttSettings settings() {
    String id = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    return new MqttSettings(
        devices.serverUri(),
        id,
        MqttUsers.CLOUD,
        BrokerResource.CLOUD_PASSWORD,
        20,
        Duration.ofHours(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        List.of(Topics.sharedFilter(id, TopicKind.TELEMETRY)));
  }

  private Integer blockedWriterPid() throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE 'INSERT INTO ingested_seq%'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : null;
    }
  }

  private long seqCount(String deviceId) {
    return db.count("SELECT count(*) FROM ingested_seq WHERE device_id = ?", deviceId);
  }

  private long readingCount(String deviceId) {
    return db.count("SELECT count(*) FROM reading WHERE device_id = ?", deviceId);
  }
}
