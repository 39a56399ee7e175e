package dev.sitehub.edge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SeqRange;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Never lose a reading": kill -9, a broker outage, and a full disk, each end to end. */
class DurabilityBrokerTest {
  private final MessageCodec codec = MessageCodec.withDefaults();
  @TempDir Path dir;

  private static String uid(String p) {
    return p + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static CloudClient subscriber(BrokerFixture b, String id, boolean persistent)
      throws Exception {
    return new CloudClient(
        b.serverUri(),
        b.cloudSecret(),
        id,
        persistent,
        Topics.allSitesFilter(TopicKind.TELEMETRY),
        Topics.allSitesFilter(TopicKind.EVENT));
  }

  /** Distinct seqs in first-arrival order, for one device's telemetry and events. */
  private List<Long> firstArrivals(CloudClient c, String site, String device, TopicKind kind) {
    String topic = Topics.device(kind, site, device);
    Set<Long> seen = new LinkedHashSet<>();
    for (CloudClient.Received r : c.receivedOn(topic)) {
      seen.add(TestAgents.seqOf(codec, r));
    }
    return new ArrayList<>(seen);
  }

  private TreeSet<Long> allSeqs(CloudClient c, String site, String device) {
    TreeSet<Long> all = new TreeSet<>(firstArrivals(c, site, device, TopicKind.TELEMETRY));
    all.addAll(firstArrivals(c, site, device, TopicKind.EVENT));
    return all;
  }

  private List<DeviceEvent> gapEvents(CloudClient cloud, String eventTopic) {
    return cloud.receivedOn(eventTopic).stream()
        .map(r -> codec.decodeEvent(Topics.parse(eventTopic).value(), r.payload()).value())
        .filter(e -> e.type() == EventType.GAP)
        .toList();
  }

  private static boolean contiguousTo(TreeSet<Long> s, long last) {
    return !s.isEmpty() && s.first() == 0 && s.last() >= last && s.size() == s.last() + 1;
  }

  private Process spawn(BrokerFixture b, DeviceCredentials c, Path data, long limit)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx128m",
            "-cp",
            System.getProperty("java.class.path"),
            AgentProcess.class.getName(),
            Integer.toString(b.port()),
            c.siteId(),
            c.deviceId(),
            c.secret(),
            data.toString(),
            Long.toString(limit),
            "400");
    pb.redirectErrorStream(true);
    pb.redirectOutput(new File(data.getParent().toFile(), "agent-" + System.nanoTime() + ".log"));
    return pb.start();
  }

  @Test
  void killNine_midStream_everySeqArrivesOnceInOrderAfterRestart() throws Exception {
    long limit = 2000;
    try (BrokerFixture b = BrokerFixture.start()) {
      String site = uid("site");
      String device = uid("dev");
      DeviceCredentials creds = new DeviceCredentials(site, device, b.addDevice(site, device));
      Path data = dir.resolve("agent");
      try (CloudClient cloud = subscriber(b, uid("cloud"), false)) {
        Process first = spawn(b, creds, data, limit);
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> firstArrivals(cloud, site, device, TopicKind.TELEMETRY).size() > 300);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        long beforeRestart = allSeqs(cloud, site, device).size();
        assertThat(beforeRestart).isLessThan(limit);
        Process second = spawn(b, creds, data, limit);
        try {
          await()
              .atMost(Duration.ofSeconds(90))
              .until(() -> contiguousTo(allSeqs(cloud, site, device), limit - 1));
        } finally {
          second.destroyForcibly();
          second.waitFor(10, TimeUnit.SECONDS);
        }
        List<Long> telemetry = firstArrivals(cloud, site, device, TopicKind.TELEMETRY);
        assertThat(telemetry).isSorted();
        List<Long> events = firstArrivals(cloud, site, device, TopicKind.EVENT);
        assertThat(events).hasSize(2);
        TreeSet<Long> all = allSeqs(cloud, site, device);
        assertThat(all.size()).isEqualTo(all.last() + 1);
      }
    }
  }

  @Test
  void brokerDown30s_whilePublishing_nothingLost() throws Exception {
    Path brokerData = dir.resolve("broker");
    try (BrokerFixture b = BrokerFixture.startPersistent(brokerData)) {
      String site = uid("site");
      String device = uid("dev");
      DeviceCredentials creds = new DeviceCredentials(site, device, b.addDevice(site, device));
      String cloudId = uid("cloud");
      CloudClient cloud = subscriber(b, cloudId, true);
      AtomicBoolean generating = new AtomicBoolean(true);
      try (EdgeAgent agent =
          TestAgents.start(TestAgents.config(b.port(), dir.resolve("a"), Map.of()), creds)) {
        Thread gen =
            new Thread(
                () -> {
                  while (generating.get()) {
                    TestAgents.telemetry(agent, 21.0);
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
                  }
                });
        gen.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> cloud.received().size() > 20);
        b.stopBroker();
        Instant downAt = Instant.now();
        long depthAtStop = agent.outbox().depth();
        await()
            .pollInterval(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(40))
            .until(() -> Duration.between(downAt, Instant.now()).toSeconds() >= 30);
        assertThat(agent.uplink().isConnected()).isFalse();
        assertThat(agent.outbox().depth()).isGreaterThan(depthAtStop + 500);
        b.restart(brokerData);
        cloud.connect();
        await().atMost(Duration.ofSeconds(30)).until(() -> agent.outbox().depth() < 5);
        generating.set(false);
        gen.join();
        long last = agent.outbox().nextSeq() - 1;
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> contiguousTo(allSeqs(cloud, site, device), last));
        assertThat(firstArrivals(cloud, site, device, TopicKind.TELEMETRY)).isSorted();
      } finally {
        generating.set(false);
        cloud.close();
      }
    }
  }

  @Test
  void diskCap_reachedWhileOffline_gapEventNamesExactlyTheLostSeqs() throws Exception {
    try (BrokerFixture b = BrokerFixture.start()) {
      String site = uid("site");
      String device = uid("dev");
      DeviceCredentials creds = new DeviceCredentials(site, device, b.addDevice(site, device));
      Map<String, String> small =
          Map.of("outbox.max-bytes", "16384", "outbox.segment-bytes", "2048");
      try (CloudClient cloud = subscriber(b, uid("cloud"), false);
          EdgeAgent agent =
              TestAgents.start(TestAgents.config(b.port(), dir.resolve("a"), small), creds)) {
        await().atMost(Duration.ofSeconds(20)).until(() -> agent.uplink().isConnected());
        agent.uplink().suspend(Duration.ofSeconds(3));
        while (agent.outbox().dropped().isEmpty()) {
          TestAgents.telemetry(agent, 22.0);
        }
        long last = agent.outbox().nextSeq() - 1;
        String eventTopic = Topics.event(site, device);
        // Events replay first, so the GAP arrives before the surviving telemetry.
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> gapEvents(cloud, eventTopic).size() == 1);
        List<DeviceEvent> gaps = gapEvents(cloud, eventTopic);
        long lostCount = gaps.get(0).lost().count();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> allSeqs(cloud, site, device).size() == last + 1 - lostCount);
        SeqRange lost = gaps.get(0).lost();
        TreeSet<Long> got = allSeqs(cloud, site, device);
        for (long s = 0; s <= last; s++) {
          boolean inGap = s >= lost.from() && s <= lost.to();
          assertThat(got.contains(s)).as("seq %d (gap %s)", s, lost).isNotEqualTo(inGap);
        }
        assertThat(agent.outbox().dropped().get("telemetry_disk_cap")).isEqualTo(lost.count());
      }
    }
  }
}
