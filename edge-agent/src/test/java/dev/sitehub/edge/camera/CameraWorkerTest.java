package dev.sitehub.edge.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.CameraSettings;
import dev.sitehub.edge.config.ConfigSource;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CameraWorkerTest {
  private final List<FrameMeta> frames = new CopyOnWriteArrayList<>();
  private final List<Boolean> live = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();

  private final CameraOutput output =
      new CameraOutput() {
        @Override
        public void frame(FrameMeta meta, byte[] jpeg, boolean isLive) {
          assertThat(FrameCodec.isCompleteJpeg(jpeg)).isTrue();
          frames.add(meta);
          live.add(isLive);
        }

        @Override
        public void event(
            EventType type, String cameraId, EventState state, Map<String, String> d) {
          events.add(type + ":" + state);
        }
      };

  private static CameraSettings camera(String source) {
    return AgentConfig.from(
            new ConfigSource(
                Map.of(
                    "cameras", "cam1",
                    "camera.cam1.source", source,
                    "camera.cam1.live-fps", "10")))
        .cameras()
        .get(0);
  }

  @Test
  void missingV4l2Device_reportedInHealthAndEventWithoutThrowing() {
    CameraSettings c = camera("v4l2:/dev/video-sitehub-missing");
    try (CameraWorker w =
        new CameraWorker(
            c, FrameSources.standard().create(c), output, Clock.systemUTC(), ZoneId.of("UTC"))) {
      w.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> events.contains("CAMERA_FAULT:ON"));
      assertThat(w.health().healthy()).isFalse();
      assertThat(w.health().error()).contains("cannot open");
      assertThat(w.requestSnapshot()).isFalse();
    }
  }

  @Test
  void synthetic_periodicSnapshotThenLiveFramesUntilStopped() {
    CameraSettings c = camera("synthetic");
    try (CameraWorker w =
        new CameraWorker(
            c,
            new SyntheticFrameSource(c.width(), c.height(), new SyntheticScene()),
            output,
            Clock.systemUTC(),
            ZoneId.of("UTC"))) {
      w.start();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> frames.stream().anyMatch(f -> f.reason() == FrameReason.PERIODIC));
      w.startLive(Duration.ofSeconds(30));
      await().atMost(Duration.ofSeconds(20)).until(() -> live.stream().filter(b -> b).count() >= 5);
      assertThat(w.health().mode()).isEqualTo("live");
      w.stopLive();
      assertThat(w.health().mode()).isEqualTo("idle");
      assertThat(w.health().healthy()).isTrue();
    }
  }

  @Test
  void synthetic_objectStartsMoving_motionEventAndBurstOfMotionSnapshots() {
    CameraSettings c = camera("synthetic");
    SyntheticScene scene = new SyntheticScene();
    try (CameraWorker w =
        new CameraWorker(
            c,
            new SyntheticFrameSource(c.width(), c.height(), scene),
            output,
            Clock.systemUTC(),
            ZoneId.of("UTC"))) {
      w.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> w.health().lastFrameAt() != null);
      scene.objectMoving(true);
      await().atMost(Duration.ofSeconds(20)).until(() -> events.contains("CAMERA_MOTION:ON"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> frames.stream().filter(f -> f.reason() == FrameReason.MOTION).count() == 3);
      assertThat(frames.stream().filter(f -> f.reason() == FrameReason.MOTION))
          .allMatch(f -> f.motionScore() > 0);
      scene.objectMoving(false);
      await().atMost(Duration.ofSeconds(20)).until(() -> events.contains("CAMERA_MOTION:OFF"));
    }
  }

  @Test
  void dailyPhotoTime_justPassed_firstSnapshotIsDaily() {
    CameraSettings c = camera("synthetic");
    java.time.Instant noonish =
        java.time.LocalDate.now(ZoneId.of("UTC"))
            .atTime(12, 0, 20)
            .toInstant(java.time.ZoneOffset.UTC);
    try (CameraWorker w =
        new CameraWorker(
            c,
            new SyntheticFrameSource(c.width(), c.height(), new SyntheticScene()),
            output,
            Clock.fixed(noonish, ZoneId.of("UTC")),
            ZoneId.of("UTC"))) {
      w.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> !frames.isEmpty());
      assertThat(frames.get(0).reason()).isEqualTo(FrameReason.DAILY);
      assertThat(frames).filteredOn(f -> f.reason() == FrameReason.DAILY).hasSize(1);
    }
  }
}
