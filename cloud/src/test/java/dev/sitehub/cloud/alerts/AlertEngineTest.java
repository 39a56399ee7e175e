package dev.sitehub.cloud.alerts;

import static dev.sitehub.cloud.alerts.AlertTestSupport.uniqueId;
import static dev.sitehub.cloud.alerts.Messages.event;
import static dev.sitehub.cloud.alerts.Messages.heartbeat;
import static dev.sitehub.cloud.alerts.Messages.lastWill;
import static dev.sitehub.cloud.alerts.Messages.reading;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine fed with protocol records, against the real database. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AlertEngineTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Inject AlertEngine engine;
  @Inject AlertStore store;
  @Inject SiteSettingsRepository settings;
  @Inject RuleBook rules;

  private List<Alert> alerts(String site, String type) {
    return store.list(site, null, null, type, 1000);
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void onEvent_leakRepeated100TimesConcurrently_oneAlertCounting100() throws Exception {
    String site = uniqueId("site");
    // PostgreSQL keeps microseconds.
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Instant at = t.plusMillis(i);
        done.add(
            pool.submit(
                () ->
                    engine.onEvent(
                        site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.ON, at))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Alert> leaks = alerts(site, "leak");
    assertThat(leaks).hasSize(1);
    assertThat(leaks.get(0).occurrences()).isEqualTo(100);
    assertThat(leaks.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(leaks.get(0).source()).isEqualTo("dev1/probe1");
    assertThat(leaks.get(0).lastSeen()).isEqualTo(t.plusMillis(99));
  }

  @Test
  void onEvent_leakOff_autoResolvesAndNextLeakOpensNewAlert() {
    String site = uniqueId("site");
    Instant t = Instant.now();
    engine.onEvent(site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.ON, t));
    engine.onEvent(
        site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.OFF, t.plusSeconds(5)));

    List<Alert> leaks = alerts(site, "leak");
    assertThat(leaks).hasSize(1);
    assertThat(leaks.get(0).status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(leaks.get(0).resolvedBy()).isEqualTo(AlertStore.SYSTEM_USER);

    engine.onEvent(
        site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.ON, t.plusSeconds(9)));
    assertThat(alerts(site, "leak"))
        .extracting(Alert::status)
        .containsExactlyInAnyOrder(AlertStatus.RESOLVED, AlertStatus.OPEN);
  }

  @Test
  void onEvent_motionAroundQuietHoursBoundaries_alertsOnlyInsideQuietHours() {
    String site = uniqueId("site");
    String community = uniqueId("community");
    settings.saveCalendar(
        community,
        "MON-FRI 12:00-14:00; MON-SUN 18:00-08:00; SAT,SUN 00:00-24:00",
        Set.of(LocalDate.of(2026, 10, 1)));
    settings.save(site, SHANGHAI, community, List.of(), null, null, null);

    motion(site, "pir-1159", local("2026-11-02T11:59:00")); // Monday, before lunch
    motion(site, "pir-1200", local("2026-11-02T12:00:00")); // Monday, lunch break
    motion(site, "pir-sat", local("2026-11-07T10:00:00")); // Saturday
    motion(site, "pir-mon", local("2026-11-09T10:00:00")); // Monday
    motion(site, "pir-holiday", local("2026-10-01T10:00:00")); // configured holiday

    assertThat(alerts(site, "quiet-hours-motion"))
        .extracting(Alert::source)
        .containsExactlyInAnyOrder("dev1/pir-1200", "dev1/pir-sat", "dev1/pir-holiday");
  }

  private void motion(String site, String source, Instant at) {
    engine.onEvent(site, "dev1", event("dev1", EventType.MOTION, source, EventState.ON, at), at);
  }

  @Test
  void onTelemetry_pm25Above75For15Minutes_raisesThenResolvesWhenClean() {
    String site = uniqueId("site");
    Instant t = Instant.now();
    for (int minute = 0; minute < 15; minute++) {
      engine.onTelemetry(
          site, "dev1", reading("dev1", "pm", SensorKind.PM2_5, 90, t.plusSeconds(60L * minute)));
    }
    assertThat(alerts(site, "pm25-high")).isEmpty();

    engine.onTelemetry(
        site, "dev1", reading("dev1", "pm", SensorKind.PM2_5, 90, t.plusSeconds(900)));
    assertThat(alerts(site, "pm25-high"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.OPEN);

    engine.onTelemetry(
        site, "dev1", reading("dev1", "pm", SensorKind.PM2_5, 40, t.plusSeconds(960)));
    assertThat(alerts(site, "pm25-high"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void checkTimeouts_lastWillThenSilence_offlineAfterConfiguredMinutes() {
    String site = uniqueId("site");
    Instant t = Instant.now();
    engine.onHeartbeat(site, "box", heartbeat("box", 5_000_000_000L, t), t);
    Instant will = t.plusSeconds(10);
    engine.onStatus(site, "box", lastWill("box", t), will);

    engine.checkTimeouts(will.plusSeconds(119));
    assertThat(alerts(site, "device-offline")).isEmpty();

    engine.checkTimeouts(will.plusSeconds(120));
    assertThat(alerts(site, "device-offline"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.detail().kind()).isEqualTo(AlertDetail.Kind.OFFLINE_WILL);
              assertThat(a.severity()).isEqualTo(Severity.MAJOR);
              assertThat(a.source()).isEqualTo("box");
            });
  }

  @Test
  void checkTimeouts_heartbeatMissing_offlineThenResolvedWhenBack() {
    String site = uniqueId("site");
    Instant t = Instant.now();
    engine.onHeartbeat(site, "box", heartbeat("box", 5_000_000_000L, t), t);

    engine.checkTimeouts(t.plusSeconds(119));
    assertThat(alerts(site, "device-offline")).isEmpty();

    engine.checkTimeouts(t.plusSeconds(120));
    assertThat(alerts(site, "device-offline"))
        .singleElement()
        .extracting(a -> a.detail().kind())
        .isEqualTo(AlertDetail.Kind.OFFLINE_SILENT);

    engine.onHeartbeat(site, "box", heartbeat("box", 5_000_000_000L, t), t.plusSeconds(200));
    assertThat(alerts(site, "device-offline"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void onHeartbeat_diskBelowLimit_raisesOnceAndResolvesWhenFreed() {
    String site = uniqueId("site");
    Instant t = Instant.now();
    engine.onHeartbeat(site, "box", heartbeat("box", 100_000_000L, t), t);
    engine.onHeartbeat(site, "box", heartbeat("box", 90_000_000L, t), t.plusSeconds(30));
    assertThat(alerts(site, "disk-low"))
        .singleElement()
        .satisfies(a -> assertThat(a.occurrences()).isEqualTo(1));

    engine.onHeartbeat(site, "box", heartbeat("box", 5_000_000_000L, t), t.plusSeconds(60));
    assertThat(alerts(site, "disk-low"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.RESOLVED);
  }

  /** The stall rule with a hook the test controls (production's comes from milestones). */
  private StallWatch stallWatch(StalledSiteHook hook) {
    return new StallWatch(rules, store, settings, hook);
  }

  @Test
  void stallWatch_noActivityForThreeWorkingDays_siteStalledUntilMotion() {
    String site = uniqueId("site");
    settings.save(site, SHANGHAI, null, List.of(), null, null, null);
    StallWatch watch = stallWatch((s, day) -> true);
    watch.activity(site, local("2026-11-02T10:00:00")); // Monday

    watch.check(local("2026-11-05T10:00:00")); // Tue, Wed idle: 2 working days
    assertThat(alerts(site, "site-stalled")).isEmpty();

    watch.check(local("2026-11-06T10:00:00")); // Tue, Wed, Thu idle
    assertThat(alerts(site, "site-stalled"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.OPEN);

    watch.activity(site, local("2026-11-06T11:00:00"));
    assertThat(alerts(site, "site-stalled"))
        .singleElement()
        .extracting(Alert::status)
        .isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void stallWatch_workStartedAfterLastActivity_onlySilenceDuringTheWorkCounts() {
    String site = uniqueId("site");
    settings.save(site, SHANGHAI, null, List.of(), null, null, null);
    LocalDate started = LocalDate.of(2026, 11, 5); // Thursday
    StallWatch watch = stallWatch((s, day) -> !day.isBefore(started));
    watch.activity(site, local("2026-11-02T10:00:00"));

    watch.check(local("2026-11-09T10:00:00")); // Thu, Fri expected and idle; Wed was not expected
    assertThat(alerts(site, "site-stalled")).isEmpty();

    watch.check(local("2026-11-10T10:00:00")); // Thu, Fri, Mon
    assertThat(alerts(site, "site-stalled"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
              assertThat(a.detail().count()).isEqualTo(3);
            });
  }

  @Test
  void stallWatch_noWorkExpected_silenceIsNoStall() {
    String site = uniqueId("site");
    settings.save(site, SHANGHAI, null, List.of(), null, null, null);
    StallWatch watch = stallWatch((s, day) -> false);
    watch.activity(site, local("2026-11-02T10:00:00"));
    watch.check(local("2026-11-20T10:00:00"));
    assertThat(alerts(site, "site-stalled")).isEmpty();
  }

  @Test
  void onTelemetry_noiseAbove55OnlyInQuietHours_raisesQuietHoursNoise() {
    String site = uniqueId("site");
    settings.save(site, SHANGHAI, null, List.of(), null, null, null);
    Instant work = local("2026-11-02T10:00:00");
    Instant lunch = local("2026-11-02T12:30:00");
    for (int i = 0; i < 3; i++) {
      engine.onTelemetry(
          site, "dev1", reading("dev1", "mic-a", SensorKind.NOISE, 70, work.plusSeconds(i)));
      engine.onTelemetry(
          site, "dev1", reading("dev1", "mic-b", SensorKind.NOISE, 70, lunch.plusSeconds(i)));
    }
    assertThat(alerts(site, "quiet-hours-noise"))
        .extracting(Alert::source)
        .containsExactly("dev1/mic-b");
  }
}
