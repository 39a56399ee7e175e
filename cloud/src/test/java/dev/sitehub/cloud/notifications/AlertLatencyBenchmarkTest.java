package dev.sitehub.cloud.notifications;

import static dev.sitehub.cloud.alerts.Messages.reading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.AlertEngine;
import dev.sitehub.cloud.alerts.AlertRule;
import dev.sitehub.cloud.alerts.AlertTestSupport.FeedClient;
import dev.sitehub.cloud.alerts.Comparison;
import dev.sitehub.cloud.alerts.GreenMailResource;
import dev.sitehub.cloud.alerts.RuleBook;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures threshold breach to supervisor socket latency: from the ingestion call that carries the
 * breaching reading to the OPENED message arriving at a real websocket client. Run with {@code mvn
 * -Pbench -pl cloud -am verify -Dtest=AlertLatencyBenchmarkTest}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AlertLatencyBenchmarkTest {
  private static final int WARMUP = 50;
  private static final int MEASURED = 500;

  @TestHTTPResource("/")
  URI base;

  @Inject AlertEngine engine;
  @Inject RuleBook rules;
  @Inject SocketRegistry sockets;
  @Inject TestUsers users;

  @Test
  void thresholdBreach_toSupervisorSocket_latency() throws Exception {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    String site = users.siteWith(supervisor).siteId();
    rules.save(
        site,
        new AlertRule.Threshold(
            "bench-noise",
            Severity.MAJOR,
            true,
            true,
            SensorKind.NOISE,
            Comparison.ABOVE,
            90.0,
            null,
            1,
            false));
    List<Long> micros = new ArrayList<>();
    try (FeedClient feed = new FeedClient(base, TestUsers.token(supervisor))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> sockets.connected(supervisor.userId()));
      Instant t = Instant.now();
      for (int i = 0; i < WARMUP + MEASURED; i++) {
        int before = feed.messages.size();
        long start = System.nanoTime();
        engine.onTelemetry(
            site, "dev1", reading("dev1", "mic", SensorKind.NOISE, 95, t.plusSeconds(2L * i)));
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.messages.size() > before);
        if (i >= WARMUP) {
          micros.add((feed.receivedNanos.get(before) - start) / 1_000);
        }
        // Clearing resolves the alert, so the next breach opens a new one.
        int opened = feed.messages.size();
        engine.onTelemetry(
            site, "dev1", reading("dev1", "mic", SensorKind.NOISE, 50, t.plusSeconds(2L * i + 1)));
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.messages.size() > opened);
      }
    }
    Collections.sort(micros);
    long p50 = micros.get(micros.size() / 2);
    long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
    long max = micros.get(micros.size() - 1);
    System.out.printf(
        "BENCHMARK alerts breach->socket n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
        micros.size(), p50 / 1000.0, p99 / 1000.0, max / 1000.0);
    assertThat(p99).as("p99 target 500 ms").isLessThan(500_000);
  }
}
