package dev.sitehub.cloud.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Fan-out with a bounded latest-frame mailbox per viewer. */
class LiveHubTest {
  private final CameraKey camera = new CameraKey("site1", "dev1", "cam1");

  @Test
  void publish_slowViewerNeverCompletes_fastViewerGetsEveryFrameAndSlowHoldsAtMostTwo() {
    LiveHub hub = new LiveHub();
    List<byte[]> fast = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Void>> slowWrites = new CopyOnWriteArrayList<>();
    hub.add(
        "fast",
        camera,
        "u1",
        jpeg -> {
          fast.add(jpeg);
          return CompletableFuture.completedFuture(null);
        });
    hub.add(
        "slow",
        camera,
        "u2",
        jpeg -> {
          CompletableFuture<Void> never = new CompletableFuture<>();
          slowWrites.add(never);
          return never;
        });

    for (int i = 0; i < 1000; i++) {
      hub.publish(camera, new byte[] {(byte) i});
    }

    assertThat(fast).hasSize(1000);
    assertThat(slowWrites).as("one write in flight, the rest replaced").hasSize(1);
    assertThat(hub.stats("slow").orElseThrow().dropped()).isEqualTo(998);
    assertThat(hub.stats("fast").orElseThrow().dropped()).isZero();
  }

  @Test
  void publish_slowViewerCatchesUp_receivesNewestFrameNotBacklog() {
    LiveHub hub = new LiveHub();
    List<byte[]> got = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
    hub.add(
        "slow",
        camera,
        "u",
        jpeg -> {
          got.add(jpeg);
          CompletableFuture<Void> w = new CompletableFuture<>();
          writes.add(w);
          return w;
        });

    for (int i = 0; i < 10; i++) {
      hub.publish(camera, new byte[] {(byte) i});
    }
    writes.get(0).complete(null);

    assertThat(got).hasSize(2);
    assertThat(got.get(0)[0]).isEqualTo((byte) 0);
    assertThat(got.get(1)[0]).as("the newest frame, not frame 1").isEqualTo((byte) 9);
  }

  /** Verifies that the metric totals count every viewer, including those that have left. */
  @Test
  void totals_viewerLeaves_countsKeepItsFramesAndViewerCountDrops() {
    LiveHub hub = new LiveHub();
    hub.add("fast", camera, "u1", jpeg -> CompletableFuture.completedFuture(null));
    hub.add("stuck", camera, "u2", jpeg -> new CompletableFuture<>());
    for (int i = 0; i < 5; i++) {
      hub.publish(camera, new byte[] {(byte) i});
    }
    assertThat(hub.viewerCount()).isEqualTo(2);
    assertThat(hub.framesDelivered()).isEqualTo(5);
    assertThat(hub.framesDropped()).as("stuck: 1 in flight, 1 waiting, 3 replaced").isEqualTo(3);

    hub.remove("fast");
    hub.remove("stuck");

    assertThat(hub.viewerCount()).isZero();
    assertThat(hub.framesDelivered()).isEqualTo(5);
    assertThat(hub.framesDropped()).isEqualTo(3);
  }

  @Test
  void remove_lastViewer_cameraNoLongerLocal() {
    LiveHub hub = new LiveHub();
    hub.add("v", camera, "u", jpeg -> CompletableFuture.completedFuture(null));
    assertThat(hub.localCameras()).containsExactly(camera);

    hub.remove("v");

    assertThat(hub.localCameras()).isEmpty();
    assertThat(hub.publish(camera, new byte[] {1})).isZero();
  }
}
