package dev.sitehub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.Inbound;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.RejectReason;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fuzzes the running ingestion (packaged cloud, embedded broker, embedded PostgreSQL) with at least
 * 10,000 generated bad messages interleaved with valid ones. The protocol codec is the oracle for
 * the reason each bad message must be counted under; the cloud's Prometheus counters must match it
 * reason by reason, every valid batch must be stored once, and ingestion must still be ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzSuiteIT {
  private static final int BAD = 10_000;
  private static final int VALID_EVERY = 10;

  private PgServer pg;
  private Stack stack;

  @BeforeAll
  void startStack() throws Exception {
    // Paho 1.2.5 can throw from its own disconnect threads (an NPE in ClientState.quiesce) after a
    // client was closed; that is the test client's library, not the system under test.
    Awaitility.doNotCatchUncaughtExceptionsByDefault();
    Path work = Files.createTempDirectory(Path.of("target"), "fuzz-");
    pg = PgServer.embedded(work.resolve("pg"));
    stack = Stack.start(work, pg, "sitehub_fuzz", 1, "768m");
  }

  @AfterAll
  void stopStack() throws Exception {
    if (stack != null) {
      stack.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void ingestion_tenThousandBadMessagesInterleaved_eachRejectCountedByReasonAndAllValidStored()
      throws Exception {
    String site = "fuzz-site-" + suffix();
    String device = "fuzz-" + suffix();
    MqttAsyncClient client = connect(device, stack.registerDevice(site, device));
    Metrics before = stack.cloud().metrics();
    MessageCodec oracle = MessageCodec.withDefaults();
    BadMessages gen = new BadMessages(20261124L, site, device);
    Map<RejectReason, Integer> expected = new EnumMap<>(RejectReason.class);
    Set<Long> valid = new HashSet<>();
    Window window = new Window(client);
    int bad = 0;
    long seq = 0;
    for (int i = 0; bad < BAD; i++) {
      if (i % VALID_EVERY == 0) {
        window.publish(
            Topics.telemetry(site, device),
            gen.json(seq, Instant.now(), 8).getBytes(StandardCharsets.UTF_8));
        valid.add(seq++);
        continue;
      }
      BadMessages.Bad b = gen.next();
      Decoded<Inbound> verdict = oracle.decodeInbound(b.topic(), b.payload());
      if (verdict.isOk()) {
        continue; // the mutation happened to be valid: not a bad message
      }
      expected.merge(verdict.rejection().reason(), 1, Integer::sum);
      window.publish(b.topic(), b.payload());
      bad++;
    }
    window.awaitAll();
    assertThat(window.refused.get()).as("PUBACKs refused by the broker").isZero();
    assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(BAD);
    assertThat(expected).as("reasons exercised").hasSizeGreaterThanOrEqualTo(6);

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              Metrics after = stack.cloud().metrics();
              for (RejectReason r : RejectReason.values()) {
                assertThat(after.rejects(r.code()) - before.rejects(r.code()))
                    .as("rejects counted as %s", r.code())
                    .isEqualTo(expected.getOrDefault(r, 0).doubleValue());
              }
            });
    SeqAudit audit = new SeqAudit(stack.db());
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> audit.audit(device, valid).missing().isEmpty());
    SeqAudit.DeviceResult r = audit.audit(device, valid);
    assertThat(r.sent()).isEqualTo(valid.size()).isGreaterThanOrEqualTo(BAD / VALID_EVERY);
    assertThat(r.clean()).as("valid traffic stored exactly once: %s", r).isTrue();
    assertThat(stack.cloud().ready()).isTrue();
    client.disconnect().waitForCompletion(5000);
    client.close();
  }

  @Test
  void brokerEdge_topicInjectionAndOversizedPayloads_refusedAndNothingStoredForVictim()
      throws Exception {
    String site = "inj-site-" + suffix();
    String attacker = "inj-" + suffix();
    String victimSite = "victim-site-" + suffix();
    String victim = "victim-" + suffix();
    String secret = stack.registerDevice(site, attacker);
    stack.registerDevice(victimSite, victim);
    BadMessages gen = new BadMessages(7L, victimSite, victim);
    byte[] victimPayload = gen.json(1, Instant.now(), 8).getBytes(StandardCharsets.UTF_8);
    List<String> topics =
        List.of(
            Topics.telemetry(victimSite, victim),
            Topics.telemetry(site, victim),
            Topics.event(victimSite, attacker),
            Topics.command(site, attacker),
            "sitehub/v1/site/" + site + "/" + attacker + "/telemetry/extra",
            "sitehub/v2/site/" + site + "/" + attacker + "/telemetry",
            "sitehub/v1/provision/" + attacker + "/response",
            "sitehub/v1/site/"
                + site
                + "/"
                + attacker
                + "/telemetry/../../"
                + victim
                + "/telemetry");
    int attempts = 0;
    for (int round = 0; round < 2; round++) {
      for (String topic : topics) {
        assertThat(publishOnce(attacker, secret, topic, victimPayload))
            .as("broker verdict on %s", topic)
            .isGreaterThanOrEqualTo(0x80);
        attempts++;
      }
    }
    // Payloads above the JSON limit on its own telemetry topic, and a frame above the packet limit.
    byte[] json = new byte[300 * 1024];
    java.util.Arrays.fill(json, (byte) ' ');
    assertThat(publishOnce(attacker, secret, Topics.telemetry(site, attacker), json))
        .isGreaterThanOrEqualTo(0x80);
    byte[] frame = new byte[1_300_000];
    frame[0] = (byte) 0xFF;
    frame[1] = (byte) 0xD8;
    assertThat(publishOnce(attacker, secret, Topics.frame(site, attacker, "cam1"), frame))
        .isGreaterThanOrEqualTo(0x80);
    attempts += 2;

    assertThat(attempts).isEqualTo(topics.size() * 2 + 2);
    try (Connection c = stack.db().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT (SELECT count(*) FROM reading WHERE device_id = ?)"
                    + " + (SELECT count(*) FROM ingested_seq WHERE device_id = ?)")) {
      ps.setString(1, victim);
      ps.setString(2, victim);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).as("rows stored for the victim").isZero();
      }
    }
    assertThat(stack.cloud().ready()).isTrue();
  }

  /**
   * Connects, publishes once at QoS 1 and returns the PUBACK reason code, or 0x80 when the broker
   * dropped the connection or the client refused the topic before sending.
   */
  private int publishOnce(String device, String secret, String topic, byte[] payload)
      throws Exception {
    MqttAsyncClient c = connect(device, secret);
    try {
      MqttMessage m = new MqttMessage(payload);
      m.setQos(1);
      IMqttToken t = c.publish(topic, m);
      t.waitForCompletion(10_000);
      int[] codes = t.getReasonCodes();
      return codes == null || codes.length == 0 ? 0 : codes[0];
    } catch (MqttException | IllegalArgumentException refused) {
      return 0x80;
    } finally {
      try {
        if (c.isConnected()) {
          c.disconnect().waitForCompletion(2000);
        }
      } catch (MqttException ignored) {
        // already dropped by the broker
      }
      c.close(true);
    }
  }

  private MqttAsyncClient connect(String device, String secret) throws MqttException {
    MqttAsyncClient c =
        new MqttAsyncClient(stack.broker().serverUri(), device, new MemoryPersistence());
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(device);
    o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    o.setCleanStart(true);
    c.connect(o).waitForCompletion(15_000);
    return c;
  }

  /** QoS 1 publishes limited to the broker's Receive Maximum, counting refused PUBACKs. */
  private static final class Window implements MqttActionListener {
    private final MqttAsyncClient client;
    private final Semaphore slots = new Semaphore(10);
    private final AtomicInteger refused = new AtomicInteger();

    Window(MqttAsyncClient client) {
      this.client = client;
    }

    void publish(String topic, byte[] payload) throws Exception {
      if (!slots.tryAcquire(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no PUBACK within 30 s");
      }
      MqttMessage m = new MqttMessage(payload);
      m.setQos(1);
      client.publish(topic, m, null, this);
    }

    void awaitAll() throws InterruptedException {
      assertThat(slots.tryAcquire(10, 60, TimeUnit.SECONDS)).as("all PUBACKs").isTrue();
      slots.release(10);
    }

    @Override
    public void onSuccess(IMqttToken token) {
      int[] codes = token.getReasonCodes();
      if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
        refused.incrementAndGet();
      }
      slots.release();
    }

    @Override
    public void onFailure(IMqttToken token, Throwable e) {
      refused.incrementAndGet();
      slots.release();
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
