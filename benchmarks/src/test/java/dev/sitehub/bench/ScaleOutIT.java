package dev.sitehub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scale-out: two packaged cloud processes (different MQTT client ids, one share group) against one
 * broker and one database together store every batch exactly once, each carrying a real share of
 * the load, also when one of them is killed with SIGKILL and restarted under load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The kill test first: the survivor's connections go idle while its peer's queue share piles up,
// and the restarted consumer resumes its sessions under load, the situation that starved a member
// (docs/scaling.md); the split test then checks that both still take a share.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {
  private static final int RATE = 300;
  private static final int MESSAGES = 1600;

  private PgServer pg;
  private Stack stack;
  private SeqAudit audit;

  @BeforeAll
  void startStack() throws Exception {
    // Paho 1.2.5 can throw from its own disconnect threads (an NPE in ClientState.quiesce) after a
    // client was closed; that is the test client's library, not the system under test.
    Awaitility.doNotCatchUncaughtExceptionsByDefault();
    Path work = Files.createTempDirectory(Path.of("target"), "scale-");
    pg = PgServer.embedded(work.resolve("pg"));
    // Production settings: Receive Maximum 500, 16 connections per instance, idle re-subscribe 1 s.
    stack = Stack.start(work, pg, "sitehub_scale", 2, "512m");
    audit = new SeqAudit(stack.db());
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
  @Order(2)
  void twoConsumers_sharedSubscription_storeEachBatchOnce() throws Exception {
    List<CloudNode> clouds = stack.clouds();
    assertThat(clouds).hasSize(2);
    double before0 = clouds.get(0).metrics().readings();
    double before1 = clouds.get(1).metrics().readings();
    List<SimDevice> devices = devices("split");
    try (Fleet fleet = new Fleet(devices)) {
      fleet.run(RATE);
      await().atMost(Duration.ofMinutes(1)).until(() -> fleet.emitted() >= MESSAGES);
      fleet.stop();
      awaitStored(devices, fleet.emitted());
      long sent = fleet.emitted();
      assertClean(devices);
      // Counters are read after every batch is stored; they move after the commit, so wait.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  clouds.get(0).metrics().readings()
                          - before0
                          + clouds.get(1).metrics().readings()
                          - before1
                      >= sent * SimDevice.READINGS);
      double share0 = clouds.get(0).metrics().readings() - before0;
      double share1 = clouds.get(1).metrics().readings() - before1;
      assertThat(share0 + share1)
          .as("readings committed by the two consumers together")
          .isEqualTo(sent * SimDevice.READINGS);
      System.out.printf(
          "scale-out shares: consumer 0 %.0f readings (%.1f %%), consumer 1 %.0f readings%n",
          share0, 100 * share0 / (share0 + share1), share1);
      for (CloudNode c : clouds) {
        c.metrics().samples().entrySet().stream()
            .filter(e -> e.getKey().startsWith("sitehub_mqtt_link_"))
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> System.out.printf("scale-out %s %.0f%n", e.getKey(), e.getValue()));
      }
      // CE splits by who asks first, not evenly (six runs gave consumer 0 42.9-58.1 %). 20 % is far
      // from both that and the starved member of the defect (0 %, 0.3 %, 9.5 % before the fix:
      // docs/scaling.md, "Found and fixed").
      assertThat(share0)
          .as("consumer 0 (survived the kill test) carries a real share")
          .isGreaterThanOrEqualTo(0.2 * sent * SimDevice.READINGS);
      assertThat(share1)
          .as("consumer 1 (restarted by the kill test) carries a real share")
          .isGreaterThanOrEqualTo(0.2 * sent * SimDevice.READINGS);
    }
  }

  @Test
  @Order(1)
  void oneConsumerKilled_underLoad_othersAndRestartStoreEachBatchOnce() throws Exception {
    CloudNode victim = stack.clouds().get(1);
    List<SimDevice> devices = devices("kill");
    try (Fleet fleet = new Fleet(devices)) {
      fleet.run(RATE);
      await().atMost(Duration.ofMinutes(1)).until(() -> fleet.emitted() >= MESSAGES / 2);
      victim.kill();
      long at = fleet.emitted();
      await().atMost(Duration.ofMinutes(1)).until(() -> fleet.emitted() >= at + MESSAGES / 2);
      victim.start(Duration.ofMinutes(2));
      fleet.stop();
      awaitStored(devices, fleet.emitted());
    }
    assertClean(devices);
  }

  private List<SimDevice> devices(String tag) {
    String s = UUID.randomUUID().toString().substring(0, 8);
    return stack.devices(
        "site-" + tag + "-" + s, tag + "-" + s, 8, stack.broker().port(), 64L << 20, false);
  }

  private void awaitStored(List<SimDevice> devices, long expected) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> audit.storedBatches(devices) >= expected);
  }

  private void assertClean(List<SimDevice> devices) throws Exception {
    for (SeqAudit.DeviceResult r : audit.audit(devices)) {
      assertThat(r.sent()).isPositive();
      assertThat(r.clean())
          .as("every batch of %s stored exactly once: %s", r.deviceId(), r)
          .isTrue();
    }
  }
}
