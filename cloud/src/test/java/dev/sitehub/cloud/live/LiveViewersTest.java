package dev.sitehub.cloud.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.media.MutableClock;
import dev.sitehub.cloud.media.RecordingCommandSender;
import dev.sitehub.cloud.media.TestFrames;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two {@link LiveViewers} sharing the real database stand for two cloud instances: viewers on
 * either keep the camera streaming, and the stream lapses only when the last one anywhere leaves.
 */
@QuarkusTest
class LiveViewersTest {
  private static final LiveSettings SETTINGS =
      new LiveSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(15));
  private static final FrameSink NOWHERE = jpeg -> CompletableFuture.completedFuture(null);

  @Inject ViewerLeases leases;

  private MutableClock clock;
  private RecordingCommandSender commands;
  private LiveViewers instanceA;
  private LiveViewers instanceB;
  private CameraKey camera;

  @BeforeEach
  void twoInstances() {
    clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    commands = new RecordingCommandSender();
    instanceA =
        new LiveViewers(
            "a-" + TestFrames.uniqueId("i"), new LiveHub(), leases, commands, SETTINGS, clock);
    instanceB =
        new LiveViewers(
            "b-" + TestFrames.uniqueId("i"), new LiveHub(), leases, commands, SETTINGS, clock);
    camera = new CameraKey(TestFrames.uniqueId("site"), "dev1", "cam1");
  }

  private long streamStarts() {
    return commands.sent().stream()
        .filter(s -> s.siteId().equals(camera.siteId()))
        .filter(s -> s.command().type().equals("stream_start"))
        .count();
  }

  private void tickBoth() {
    instanceA.tick();
    instanceB.tick();
  }

  @Test
  void open_firstViewer_sendsStreamStartWithCameraAndSeconds() {
    instanceA.open("v-" + TestFrames.uniqueId("x"), camera, "alice", NOWHERE);

    assertThat(commands.sent()).hasSize(1);
    RecordingCommandSender.Sent sent = commands.sent().get(0);
    assertThat(sent.deviceId()).isEqualTo("dev1");
    assertThat(sent.command().args())
        .containsEntry("camera", "cam1")
        .containsEntry("seconds", "30");
    assertThat(instanceB.viewerCount(camera)).isEqualTo(1);
  }

  @Test
  void viewersOnTwoInstances_countedTogether_oneRenewalPerPeriod() {
    String v1 = TestFrames.uniqueId("v");
    String v2 = TestFrames.uniqueId("v");
    instanceA.open(v1, camera, "alice", NOWHERE);
    instanceB.open(v2, camera, "bob", NOWHERE);

    assertThat(instanceA.viewerCount(camera)).isEqualTo(2);
    assertThat(streamStarts()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(16));
    tickBoth();
    tickBoth();

    assertThat(streamStarts()).as("N instances still send one renewal").isEqualTo(2);
  }

  @Test
  void lastViewerLeaves_noMoreRenewals_streamLapses() {
    String v1 = TestFrames.uniqueId("v");
    String v2 = TestFrames.uniqueId("v");
    instanceA.open(v1, camera, "alice", NOWHERE);
    instanceB.open(v2, camera, "bob", NOWHERE);

    instanceA.close(v1);
    clock.advance(Duration.ofSeconds(16));
    tickBoth();
    assertThat(instanceA.viewerCount(camera)).isEqualTo(1);
    assertThat(streamStarts()).as("B's viewer keeps it streaming").isEqualTo(2);

    instanceB.close(v2);
    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofSeconds(10));
      tickBoth();
    }
    assertThat(instanceA.viewerCount(camera)).isZero();
    assertThat(streamStarts()).isEqualTo(2);
    assertThat(instanceA.isStreaming(camera)).isFalse();
  }

  @Test
  void instanceCrashes_itsLeasesExpire_streamLapses() {
    instanceA.open(TestFrames.uniqueId("v"), camera, "alice", NOWHERE);
    // Instance A dies: it never ticks again and never closes its viewer.
    clock.advance(Duration.ofSeconds(20));
    instanceB.tick();
    assertThat(instanceB.viewerCount(camera)).as("lease still valid").isEqualTo(1);
    assertThat(streamStarts()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(11));
    instanceB.tick();
    clock.advance(Duration.ofSeconds(30));
    instanceB.tick();

    assertThat(instanceB.viewerCount(camera)).isZero();
    assertThat(streamStarts()).isEqualTo(2);
  }
}
