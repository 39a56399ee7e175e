package dev.sitehub.edge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.camera.JpegEncoder;
import dev.sitehub.edge.camera.MotionDetector;
import dev.sitehub.edge.camera.SyntheticFrameSource;
import dev.sitehub.edge.camera.SyntheticScene;
import dev.sitehub.edge.config.FsyncPolicy;
import dev.sitehub.edge.config.OutboxSettings;
import dev.sitehub.edge.it.BrokerFixture;
import dev.sitehub.edge.it.TestAgentsAccess;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.edge.uplink.Lane;
import dev.sitehub.edge.uplink.Outbox;
import dev.sitehub.edge.uplink.OutboxEntry;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prints the edge numbers recorded in docs/BENCHMARKS.md. Run with -Pbench. */
@Tag("benchmark")
class EdgeBenchmarkTest {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  @TempDir Path dir;

  private static double cpuMs(long startNanos) {
    return (CPU.getCurrentThreadCpuTime() - startNanos) / 1e6;
  }

  @Test
  void camera_perFrameCpu_720pAnd360p() {
    for (int[] size : new int[][] {{1280, 720}, {640, 360}}) {
      SyntheticScene scene = new SyntheticScene();
      scene.objectMoving(true);
      int frames = 300;
      try (SyntheticFrameSource src = new SyntheticFrameSource(size[0], size[1], scene);
          MotionDetector motion = new MotionDetector(30, 0.002, 3, List.of())) {
        JpegEncoder jpeg = new JpegEncoder(80);
        for (int i = 0; i < 30; i++) {
          Mat warm = src.grab();
          jpeg.encode(warm);
          motion.process(warm);
        }
        double capture = 0;
        double encode = 0;
        double detect = 0;
        long bytes = 0;
        for (int i = 0; i < frames; i++) {
          long t = CPU.getCurrentThreadCpuTime();
          Mat m = src.grab();
          capture += cpuMs(t);
          t = CPU.getCurrentThreadCpuTime();
          bytes += jpeg.encode(m).length;
          encode += cpuMs(t);
          t = CPU.getCurrentThreadCpuTime();
          motion.process(m);
          detect += cpuMs(t);
        }
        System.out.printf(
            "BENCH camera %dx%d: synthetic capture %.2f ms, JPEG q80 %.2f ms (%d KB), motion %.2f ms,"
                + " total %.2f ms CPU per frame%n",
            size[0],
            size[1],
            capture / frames,
            encode / frames,
            bytes / frames / 1024,
            detect / frames,
            (capture + encode + detect) / frames);
        assertThat((capture + encode + detect) / frames).isLessThan(200);
      }
    }
  }

  @Test
  void outbox_appendAndReplayThroughput() throws Exception {
    MessageCodec codec = MessageCodec.withDefaults();
    int n = 20_000;
    for (FsyncPolicy policy : FsyncPolicy.values()) {
      Path d = dir.resolve(policy.name());
      OutboxSettings s =
          new OutboxSettings(
              d, 512L * 1024 * 1024, 4 * 1024 * 1024, policy, Duration.ofSeconds(1), 8);
      int count = policy == FsyncPolicy.ALWAYS ? 2_000 : n;
      try (Outbox o = Outbox.open(s, "site-b", "dev-b", codec, Clock.systemUTC())) {
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
          o.append(
              Lane.TELEMETRY,
              Topics.telemetry("site-b", "dev-b"),
              1,
              false,
              seq ->
                  codec.encode(
                      new TelemetryBatch(
                          "dev-b",
                          seq,
                          Instant.now(),
                          List.of(Reading.of("t", SensorKind.TEMPERATURE, Instant.now(), 21.5)))));
        }
        double appendRate = count / ((System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        for (Optional<OutboxEntry> e = o.next(0); e.isPresent(); e = o.next(0)) {
          o.ack(e.get().id());
        }
        double replayRate = count / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(
            "BENCH outbox fsync=%s: append %.0f msg/s, local replay (read+ack) %.0f msg/s%n",
            policy, appendRate, replayRate);
        assertThat(o.depth()).isZero();
      }
    }
  }

  @Test
  void replayOverMqtt_20kBacklog_messagesPerSecond() throws Exception {
    try (BrokerFixture b = BrokerFixture.start()) {
      DeviceCredentials creds =
          new DeviceCredentials("site-r", "dev-r", b.addDevice("site-r", "dev-r"));
      Path data = dir.resolve("agent");
      // Build the backlog with the agent offline (port 1 is closed), then point it at the broker.
      try (EdgeAgent offline =
          TestAgentsAccess.start(TestAgentsAccess.config(1, data, Map.of()), creds)) {
        for (int i = 0; i < 20_000; i++) {
          TestAgentsAccess.telemetry(offline, 20.0);
        }
      }
      long t0 = System.nanoTime();
      try (EdgeAgent agent =
          TestAgentsAccess.start(
              TestAgentsAccess.config(b.port(), data, Map.of("broker.inflight-window", "64")),
              creds)) {
        long backlog = agent.outbox().depth();
        await().atMost(Duration.ofSeconds(60)).until(() -> agent.uplink().isConnected());
        long connectedAt = System.nanoTime();
        long atConnect = agent.outbox().depth();
        await().atMost(Duration.ofSeconds(120)).until(() -> agent.outbox().depth() == 0);
        long end = System.nanoTime();
        double rate = backlog / ((end - t0) / 1e9);
        double drain = atConnect / ((end - connectedAt) / 1e9);
        System.out.printf(
            "BENCH replay over MQTT to embedded HiveMQ: %d msgs, %.0f msg/s from agent start,"
                + " %.0f msg/s once connected%n",
            backlog, rate, drain);
        assertThat(rate).isGreaterThan(1000);
      }
    }
  }

  @Test
  void agentProcess_steadyStateRss() throws Exception {
    try (BrokerFixture b = BrokerFixture.start()) {
      String secret = b.addDevice("site-m", "dev-m");
      Path data = dir.resolve("sim");
      Files.createDirectories(data);
      Files.writeString(
          data.resolve("credentials"), "site.id=site-m\ndevice.id=dev-m\nsecret=" + secret + "\n");
      Path cfg = dir.resolve("agent.properties");
      Files.writeString(
          cfg,
          "broker.host=127.0.0.1\nbroker.port="
              + b.port()
              + "\nbroker.tls=false\ndata.dir="
              + data
              + "\ncameras=cam1\ncamera.cam1.source=synthetic\ncamera.cam1.width=1280\n"
              + "camera.cam1.height=720\nheartbeat.seconds=5\n");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  "-Xmx160m",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.sitehub.edge.EdgeAgentMain",
                  "--simulate",
                  "--config",
                  cfg.toString())
              .redirectErrorStream(true)
              .redirectOutput(new File(dir.toFile(), "sim.log"))
              .start();
      try {
        Instant until = Instant.now().plusSeconds(25);
        await()
            .pollInterval(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(40))
            .until(() -> Instant.now().isAfter(until));
        assertThat(p.isAlive()).isTrue();
        String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
        String rss = status.lines().filter(l -> l.startsWith("VmRSS")).findFirst().orElseThrow();
        System.out.println(
            "BENCH agent RSS (simulate, 1 synthetic 720p camera, 6 sensors, after 25 s): "
                + rss.replaceAll("\\s+", " "));
      } finally {
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
