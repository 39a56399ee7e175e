package dev.sitehub.bench;

import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one benchmark command: baselines and the end-to-end measures in the same run, on this
 * machine, printed as a table (also written to benchmarks/target/benchmark-results.md). {@code
 * --quick} uses 10 s steps instead of 60 s and smaller data sets.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  private static String percentiles(List<Double> sorted) {
    return String.format(
        "p50 %.0f ms, p95 %.0f ms",
        sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1));
  }

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    // -Dbench.only=ingest: baselines, ladder and the half-rate latencies only (profiling runs).
    boolean ingestOnly = "ingest".equals(System.getProperty("bench.only", ""));
    Path work = Files.createTempDirectory(Path.of("benchmarks", "target"), "bench-");
    PgServer pg = PgServer.external("127.0.0.1", 5432);
    Report report = new Report();
    int payload = samplePayloadBytes();
    System.out.printf("SiteHub benchmark (%s), work dir %s%n", quick ? "quick" : "long", work);

    System.out.println("Baseline: raw COPY");
    Database raw = pg.freshDatabase("sitehub_bench_raw");
    double copyRows = new CopyBaseline(raw).run(quick ? 500_000 : 2_000_000, 50_000);
    System.out.printf("  %.0f rows/s%n", copyRows);
    System.out.println("Baseline: raw Paho QoS 1 -> embedded HiveMQ, " + payload + " B");
    double pahoMsgs =
        new PahoBaseline(raw, work.resolve("raw-broker")).run(payload, quick ? 5 : 20);
    System.out.printf("  %.0f msg/s%n", pahoMsgs);
    System.out.println("Baseline: raw Paho QoS 1 -> embedded HiveMQ -> one $share subscriber");
    double sharedMsgs =
        new PahoBaseline(raw, work.resolve("raw-broker-shared")).runShared(payload, quick ? 5 : 20);
    System.out.printf("  %.0f msg/s%n", sharedMsgs);
    // Broker side, per consumer: file against in-memory persistence, and CE's poll batch and
    // in-flight window raised from 50 to 500 (embedded brokers only: static fields of CE).
    System.out.println("Profile: the same $share consumer, broker on in-memory persistence");
    double memoryMsgs =
        new PahoBaseline(raw, work.resolve("raw-broker-memory"), true)
            .runShared(payload, quick ? 5 : 10);
    System.out.printf("  %.0f msg/s%n", memoryMsgs);
    System.out.println("Profile: the same $share consumer, CE poll batch and window 500");
    double bigBatchMsgs =
        new PahoBaseline(raw, work.resolve("raw-broker-batch500"), false, 500)
            .runShared(payload, quick ? 5 : 10);
    System.out.printf("  %.0f msg/s%n", bigBatchMsgs);
    System.out.println("Profile: the same, in-memory persistence and CE poll batch and window 500");
    double bigBatchMemoryMsgs =
        new PahoBaseline(raw, work.resolve("raw-broker-memory-batch500"), true, 500)
            .runShared(payload, quick ? 5 : 10);
    System.out.printf("  %.0f msg/s%n", bigBatchMemoryMsgs);
    double directMsgs = Double.NaN;
    Double mosquittoMsgs = null;
    String mosquitto = System.getProperty("bench.mosquitto", "tcp://127.0.0.1:1883");
    if (!ingestOnly) {
      // Where the consumer's ceiling comes from: the same consumer without $share, the same with
      // the broker's in-memory persistence, and the same Paho consumer on another broker.
      System.out.println("Profile: the same consumer, plain subscription");
      directMsgs =
          new PahoBaseline(raw, work.resolve("raw-broker-direct"))
              .runDirect(payload, quick ? 5 : 10);
      System.out.printf("  %.0f msg/s%n", directMsgs);
      System.out.println("Profile: the same Paho consumer on Mosquitto at " + mosquitto);
      mosquittoMsgs = PahoBaseline.runDirectOn(mosquitto, payload, quick ? 5 : 10);
      System.out.println(
          "  " + (mosquittoMsgs == null ? "not reachable" : mosquittoMsgs + " msg/s"));
    }

    Map<String, String> cloudEnv = cloudEnv(System.getProperty("bench.cloudEnv", ""));
    if (!cloudEnv.isEmpty()) {
      System.out.println("Cloud environment overrides: " + cloudEnv);
      report.row("cloud environment overrides", cloudEnv.toString(), "-", "-");
    }
    String beforeJar = System.getProperty("bench.beforeJar", "").trim();
    // The "before" side of an A/B: another build, or the same build with other settings.
    Map<String, String> beforeEnv =
        System.getProperty("bench.beforeCloudEnv", "").isBlank()
            ? cloudEnv
            : cloudEnv(System.getProperty("bench.beforeCloudEnv"));
    if (!beforeJar.isEmpty()) {
      // A/B in one run: the same ladder against another build of the cloud, same baselines.
      System.out.println("Ladder against the 'before' cloud " + beforeJar);
      // BrokerNode reads the broker A/B settings when it starts; the "before" broker may differ.
      String afterPollBatch = System.getProperty("bench.brokerPollBatch", "0");
      String afterInflight = System.getProperty("bench.brokerInflight", "0");
      System.setProperty(
          "bench.brokerPollBatch",
          System.getProperty("bench.beforeBrokerPollBatch", afterPollBatch));
      System.setProperty(
          "bench.brokerInflight", System.getProperty("bench.beforeBrokerInflight", afterInflight));
      try (Stack before =
              Stack.start(
                  work.resolve("before"),
                  pg,
                  "sitehub_bench_before",
                  1,
                  "1g",
                  beforeEnv,
                  Path.of(beforeJar));
          Fleet fleet =
              new Fleet(
                  before.devices(
                      "bench-site", "load", 20, before.broker().port(), 1L << 30, false))) {
        List<IngestLadder.Step> steps =
            climb(fleet, new IngestLadder(fleet, before.cloud()), quick);
        report.row(
            "BEFORE: sustained e2e ingestion, cloud "
                + beforeJar
                + " "
                + beforeEnv
                + ", broker poll batch "
                + System.getProperty("bench.brokerPollBatch"),
            ladderSummary(steps),
            ratios(held(steps), pahoMsgs, sharedMsgs, copyRows),
            "-");
      }
      System.setProperty("bench.brokerPollBatch", afterPollBatch);
      System.setProperty("bench.brokerInflight", afterInflight);
    }
    try (Stack stack = Stack.start(work, pg, "sitehub_bench", 1, "1g", cloudEnv)) {
      CloudNode cloud = stack.cloud();
      Duration cold = stack.coldStarts().get(0);
      Thread.sleep(5000);
      long rssIdle = cloud.rssKib();
      report.row(
          "cloud cold start (exec to ready, Flyway on empty DB)",
          cold.toMillis() + " ms",
          "-",
          "-");
      report.row("cloud RSS idle", rssIdle / 1024 + " MiB", "-", "-");

      String site = "bench-site";
      List<SimDevice> devices =
          stack.devices(site, "load", 20, stack.broker().port(), 1L << 30, true);
      try (Fleet fleet = new Fleet(devices)) {
        System.out.println("Sustained ingestion ladder, 8 readings/message, QoS 1");
        IngestLadder ladder = new IngestLadder(fleet, cloud);
        List<IngestLadder.Step> steps = climb(fleet, ladder, quick);
        double max = held(steps);
        long peakRss = steps.stream().mapToLong(IngestLadder.Step::peakRssKib).max().orElse(0);
        report.row(
            "sustained e2e ingestion, held with bounded lag ("
                + (quick ? "10" : "60")
                + " s steps)",
            ladderSummary(steps),
            ratios(max, pahoMsgs, sharedMsgs, copyRows),
            ">= 10,000 msg/s");
        report.row("cloud RSS under load (peak during ladder)", peakRss / 1024 + " MiB", "-", "-");

        double half = Math.max(50, max / 2);
        System.out.printf("Latency at %.0f msg/s%n", half);
        Latencies alertBase = AlertBench.baseline(stack, quick ? 100 : 300);
        try (LatencyProbe probe = new LatencyProbe(stack.db(), devices).start();
            AlertBench alerts = new AlertBench(stack, cloud.baseUri()).open()) {
          fleet.run(half);
          Thread.sleep(3000);
          probe.clear();
          long t0 = System.nanoTime();
          // Alert latency under the same load: breaches from one more device while the fleet runs.
          Latencies alert = new Latencies();
          try {
            alerts.run(10, "warm");
            alert = alerts.run(quick ? 100 : 300, "m");
          } catch (Exception e) {
            e.printStackTrace();
          }
          long left = (quick ? 15_000 : 60_000) - (System.nanoTime() - t0) / 1_000_000;
          Thread.sleep(Math.max(0, left));
          fleet.run(0);
          report.row(
              String.format(
                  "alert latency, breach publish -> supervisor socket, at %.0f msg/s", half),
              alert.summary(),
              "raw MQTT QoS 1 publish -> subscribe, same payload, no load: " + alertBase.summary(),
              "p99 < 500 ms");
          ladder.drain(Duration.ofMinutes(2));
          report.row(
              String.format(
                  "publish -> queryable latency at %.0f msg/s (%d samples)", half, probe.count()),
              String.format(
                  "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms",
                  probe.percentileMillis(50),
                  probe.percentileMillis(95),
                  probe.percentileMillis(99)),
              "-",
              "p99 < 1 s");
        }
      }

      if (!ingestOnly) {
        replayFramesChartRestart(stack, report, quick, pahoMsgs);
      }
    }
    report.row(
        "baseline: raw COPY, partitioned + (site, sensor, ts) index",
        String.format("%.0f rows/s", copyRows),
        "-",
        "-");
    report.row(
        "baseline: raw Paho QoS 1 -> HiveMQ, " + payload + " B, window = Receive Maximum",
        String.format("%.0f msg/s", pahoMsgs),
        "-",
        "-");
    report.row(
        "baseline: raw Paho QoS 1 -> HiveMQ -> one $share subscriber (manual ack on arrival,"
            + " Receive Maximum 500, persistent session), "
            + payload
            + " B",
        String.format("%.0f msg/s delivered", sharedMsgs),
        "-",
        "-");
    report.row(
        "broker side, the same $share consumer: file persistence (above) / in-memory / file with"
            + " CE poll batch and in-flight window 500 / in-memory with both 500",
        String.format(
            "%.0f / %.0f / %.0f / %.0f msg/s",
            sharedMsgs, memoryMsgs, bigBatchMsgs, bigBatchMemoryMsgs),
        "-",
        "-");
    report.row(
        "profile of that ceiling: the same consumer on a plain subscription (no $share);"
            + " the same $share consumer with the broker on in-memory persistence",
        String.format("%.0f msg/s; %.0f msg/s", directMsgs, memoryMsgs),
        mosquittoMsgs == null
            ? "Mosquitto not reachable at " + mosquitto
            : String.format(
                "the same Paho publisher and consumer on Mosquitto (%s): %.0f msg/s",
                mosquitto, mosquittoMsgs),
        "-");
    String md = report.markdown();
    System.out.println();
    System.out.println(md);
    Files.writeString(Path.of("benchmarks", "target", "benchmark-results.md"), md);
    // Paho's non-daemon "MQTT Disc" threads of a device whose disconnect hit its ClientState NPE
    // kept the JVM (and so the Maven build) alive after the table was printed.
    System.exit(0);
  }

  /** Warm-up (JIT, pools, today's partition), drain, then the ladder's steps. */
  private static List<IngestLadder.Step> climb(Fleet fleet, IngestLadder ladder, boolean quick)
      throws Exception {
    fleet.run(300);
    Thread.sleep(quick ? 20_000 : 60_000);
    fleet.run(0);
    ladder.drain(Duration.ofMinutes(3));
    double[] rates = rates(System.getProperty("bench.rates", ""));
    return ladder.run(rates, quick ? Duration.ofSeconds(10) : Duration.ofSeconds(60));
  }

  /** The highest step held, 0 when none was. */
  private static double held(List<IngestLadder.Step> steps) {
    double max = 0;
    for (IngestLadder.Step s : steps) {
      if (s.held()) {
        max = s.target();
      }
    }
    return max;
  }

  private static String ladderSummary(List<IngestLadder.Step> steps) {
    double max = held(steps);
    IngestLadder.Step next = steps.get(steps.size() - 1);
    StringBuilder all = new StringBuilder();
    for (IngestLadder.Step s : steps) {
      all.append(all.length() == 0 ? "" : ", ")
          .append(String.format("%.0f->%.0f", s.target(), s.committed()));
    }
    return String.format(
        "%.0f msg/s = %.0f readings/s (next step %.0f: committed %.0f msg/s, lag %d; offered->"
            + "committed: %s)",
        max, max * 8, next.target(), next.committed(), next.lagEnd(), all);
  }

  private static String ratios(double max, double pahoMsgs, double sharedMsgs, double copyRows) {
    return String.format(
        "%.1f %% of Paho %.0f msg/s; %.1f %% of Paho through one $share subscriber %.0f"
            + " msg/s; %.1f %% of COPY %.0f rows/s",
        100 * max / pahoMsgs,
        pahoMsgs,
        100 * max / sharedMsgs,
        sharedMsgs,
        100 * max * 8 / copyRows,
        copyRows);
  }

  /** The rows after ingestion: outage replay, frame latency, chart and restart. */
  private static void replayFramesChartRestart(
      Stack stack, Report report, boolean quick, double pahoMsgs) throws Exception {
    CloudNode cloud = stack.cloud();
    System.out.println("Outage replay from a pre-filled outbox");
    int backlog = quick ? 6_000 : 30_000;
    try (TcpProxy link = new TcpProxy(stack.broker().port())) {
      List<SimDevice> dark =
          stack.devices("replay-site", "replay", 1, link.port(), 1L << 30, false);
      link.cut();
      for (int i = 0; i < backlog; i++) {
        dark.get(0).emit();
      }
      SeqAudit audit = new SeqAudit(stack.db());
      long t0 = System.nanoTime();
      link.restore();
      while (audit.storedBatches(dark) < backlog) {
        Thread.sleep(100);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      report.row(
          "outage replay drain, one site, " + backlog + " queued batches",
          String.format(
              "%.0f msg/s (%.0f readings/s), %.1f s", backlog / secs, backlog * 8 / secs, secs),
          String.format("Paho %.0f msg/s", pahoMsgs),
          "-");
    }

    try {
      System.out.println("Frame latency: raw MQTT baseline, then 1, 10 and 50 viewers");
      LiveBench live = new LiveBench(stack, cloud.baseUri());
      int frames = quick ? 100 : 300;
      Latencies frameBase = live.baseline(frames);
      for (int viewers : new int[] {1, 10, 50}) {
        LiveBench.Run r = live.viewers(viewers, frames);
        report.row(
            String.format(
                "frame latency, edge publish -> browser socket, %d viewer%s, 5 fps 720p (%d B)",
                viewers, viewers == 1 ? "" : "s", live.frameBytes()),
            String.format(
                "%s; delivered %d / %d", r.latency().summary(), r.delivered(), r.expected()),
            "raw MQTT QoS 0 publish -> subscribe, same frames: " + frameBase.summary(),
            "p99 < 300 ms at 50 viewers");
      }
    } catch (Exception e) {
      // One failed measure must not lose the rest of the table.
      e.printStackTrace();
      report.row("frame latency", "failed: " + e, "-", "p99 < 300 ms at 50 viewers");
    }

    System.out.println("Chart query: 30 days of readings");
    ChartBench chart = new ChartBench(stack.db(), cloud.baseUri());
    Instant now = Instant.now();
    long rows = chart.generate(Stack.DEMO_SITE, quick ? 4 : 10, now);
    int chartRuns = quick ? 20 : 50;
    List<Double> objects =
        chart.query(Stack.DEMO_SITE, "homeowner", Stack.DEMO_PASSWORD, now, chartRuns, false);
    List<Double> columns =
        chart.query(Stack.DEMO_SITE, "homeowner", Stack.DEMO_PASSWORD, now, chartRuns, true);
    report.row(
        "chart query through the API, 30 days in 1-minute buckets ("
            + rows / (quick ? 4 : 10)
            + " rows of that sensor; the cloud reads its 1-minute rollup), as the portal asks:"
            + " format=columns",
        percentiles(columns),
        "the same buckets as one JSON object each (format=objects): " + percentiles(objects),
        "p95 < 100 ms");
    try {
      ChartBench.SqlCost sql = chart.sqlCost(Stack.DEMO_SITE, now, quick ? 10 : 30);
      report.row(
          "chart SQL alone (JDBC): the cloud's path (edge minutes raw, whole minutes from the"
              + " rollup in key order)",
          String.format("p50 %.0f ms, p95 %.0f ms", sql.rollupP50(), sql.rollupP95()),
          String.format(
              "the old rollup query (one UNION, ORDER BY): p50 %.0f ms, p95 %.0f ms; from raw"
                  + " rows: p50 %.0f ms, p95 %.0f ms",
              sql.unionP50(), sql.unionP95(), sql.rawP50(), sql.rawP95()),
          "-");
    } catch (Exception e) {
      report.row("chart SQL profile", "failed: " + e, "-", "-");
    }
    cloud.kill();
    Duration restart = cloud.start(Duration.ofMinutes(3));
    report.row(
        "cloud restart after kill -9 (schema migrated, disk cache warm)",
        restart.toMillis() + " ms",
        "-",
        "-");
  }

  /** The ladder's steps in msg/s: {@code -Dbench.rates=1000,5000,...} or the default ladder. */
  private static double[] rates(String spec) {
    if (spec.isBlank()) {
      return new double[] {
        500, 1000, 2000, 3000, 4000, 5000, 6000, 8000, 10000, 12000, 15000, 20000, 25000
      };
    }
    return Arrays.stream(spec.split(",")).mapToDouble(r -> Double.parseDouble(r.trim())).toArray();
  }

  /** Parses {@code K=V,K=V} (e.g. SITEHUB_INGEST_BATCH_MAX_DELAY=PT0.01S) for A/B runs. */
  private static Map<String, String> cloudEnv(String spec) {
    Map<String, String> env = new TreeMap<>();
    for (String kv : spec.split(",")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        env.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
      }
    }
    return env;
  }

  private static int samplePayloadBytes() {
    List<Reading> r = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < SimDevice.READINGS; i++) {
      r.add(Reading.of("s" + i, SensorKind.TEMPERATURE, now, 12345));
    }
    return MessageCodec.withDefaults().encode(new TelemetryBatch("load-1", 12345, now, r)).length;
  }
}
