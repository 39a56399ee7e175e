package dev.sitehub.cloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.TestFrames;
import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Frames pushed through the {@link FrameRouter} reach real websocket clients. */
@QuarkusTest
class LiveSocketTest {
  @TestHTTPResource("/")
  URL base;

  @Inject LiveTickets tickets;
  @Inject FrameRouter router;
  @Inject LiveHub hub;
  @Inject LiveViewers viewers;
  @Inject SnapshotArchive archive;

  private URI socketUri(CameraKey c, String ticket) {
    return URI.create(
        "ws://"
            + base.getHost()
            + ":"
            + base.getPort()
            + "/live/sites/"
            + c.siteId()
            + "/devices/"
            + c.deviceId()
            + "/cameras/"
            + c.cameraId()
            + (ticket == null ? "" : "?ticket=" + ticket));
  }

  private CameraKey newCamera() {
    return new CameraKey(TestFrames.uniqueId("site"), "dev1", "cam1");
  }

  @Test
  void viewer_validTicket_getsHelloLatestSnapshotThenLiveFrames() throws Exception {
    CameraKey cam = newCamera();
    byte[] still = TestFrames.jpeg(64, 48, 40);
    archive.archive(
        cam.siteId(),
        "dev1",
        TestFrames.frame("cam1", Instant.now().minusSeconds(120), 1, FrameReason.PERIODIC, still));
    TestViewer viewer =
        TestViewer.connect(socketUri(cam, tickets.issue("alice", cam).token()), false);
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> viewer.binaries.size() == 1);
      assertThat(viewer.texts.get(0))
          .contains(
              "\"type\":\"hello\"", "\"viewers\":1", "\"live\":false", "\"reason\":\"periodic\"")
          .containsPattern("\"ageSeconds\":1[12][0-9]");
      assertThat(viewer.binaries.get(0).bytes()).isEqualTo(still);

      byte[] live1 = TestFrames.jpeg(64, 48, 41);
      byte[] live2 = TestFrames.jpeg(64, 48, 42);
      router.onFrame(
          cam.siteId(),
          "dev1",
          TestFrames.frame("cam1", Instant.now(), 2, FrameReason.LIVE, live1));
      router.onFrame(
          cam.siteId(),
          "dev1",
          TestFrames.frame("cam1", Instant.now(), 3, FrameReason.LIVE, live2));

      await().atMost(Duration.ofSeconds(5)).until(() -> viewer.binaries.size() == 3);
      assertThat(viewer.binaries.get(1).bytes()).isEqualTo(live1);
      assertThat(viewer.binaries.get(2).bytes()).isEqualTo(live2);
    } finally {
      viewer.close();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> viewers.viewerCount(cam) == 0);
    assertThat(hub.localViewers(cam)).isZero();
  }

  @Test
  void upgrade_noTicketOrOtherCamerasTicket_refusedWith403() {
    CameraKey cam = newCamera();
    CameraKey other = newCamera();
    for (URI uri :
        new URI[] {
          socketUri(cam, null),
          socketUri(cam, "forged.token"),
          socketUri(cam, tickets.issue("mallory", other).token())
        }) {
      Throwable failure = null;
      try {
        TestViewer.attempt(uri).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (Exception e) {
        failure = e;
      }
      assertThat(failure).as(uri.getQuery()).isInstanceOf(WebSocketHandshakeException.class);
      assertThat(((WebSocketHandshakeException) failure).getResponse().statusCode()).isEqualTo(403);
    }
    assertThat(viewers.viewerCount(cam)).isZero();
  }

  /**
   * Verifies that a viewer that stops reading does not delay another: 100 large frames at 20 ms
   * intervals all reach the fast viewer promptly while the stalled one drops frames.
   */
  @Test
  void slowViewer_stopsReading_fastViewerStillGetsEveryFrameQuickly() throws Exception {
    CameraKey cam = newCamera();
    TestViewer fast = TestViewer.connect(socketUri(cam, tickets.issue("fast", cam).token()), false);
    TestViewer slow = TestViewer.connect(socketUri(cam, tickets.issue("slow", cam).token()), true);
    int frames = 100;
    byte[][] payloads = new byte[frames][];
    long[] sentAt = new long[frames];
    ConcurrentHashMap<Integer, Long> latencyMs = new ConcurrentHashMap<>();
    for (int i = 0; i < frames; i++) {
      byte[] p = new byte[300_000];
      ThreadLocalRandom.current().nextBytes(p);
      p[0] = (byte) 0xFF;
      p[1] = (byte) 0xD8;
      p[2] = (byte) (i >> 8);
      p[3] = (byte) i;
      payloads[i] = p;
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> hub.localViewers(cam) == 2);
    ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger next = new AtomicInteger();
    try {
      publisher.scheduleAtFixedRate(
          () -> {
            int i = next.getAndIncrement();
            if (i < frames) {
              sentAt[i] = System.nanoTime();
              router.onFrame(
                  cam.siteId(),
                  "dev1",
                  TestFrames.frame("cam1", Instant.now(), i, FrameReason.LIVE, payloads[i]));
            }
          },
          0,
          20,
          TimeUnit.MILLISECONDS);
      // The last frame is never replaced, so a viewer that keeps reading always ends with it.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  !fast.binaries.isEmpty()
                      && Arrays.equals(
                          fast.binaries.get(fast.binaries.size() - 1).bytes(),
                          payloads[frames - 1]));
    } finally {
      publisher.shutdownNow();
    }
    for (TestViewer.Received r : fast.binaries) {
      int i = ((r.bytes()[2] & 0xff) << 8) | (r.bytes()[3] & 0xff);
      assertThat(r.bytes()).isEqualTo(payloads[i]);
      latencyMs.put(i, TimeUnit.NANOSECONDS.toMillis(r.nanos() - sentAt[i]));
    }
    long[] sorted = latencyMs.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    String slowId =
        hub.viewerIds().stream()
            .filter(id -> hub.stats(id).orElseThrow().dropped() > 0)
            .findFirst()
            .orElse(null);

    assertThat(latencyMs.size())
        .as("frames the fast viewer got")
        .isGreaterThanOrEqualTo(frames * 3 / 4);
    assertThat(p99).as("fast viewer p99 ms, latencies " + Arrays.toString(sorted)).isLessThan(1000);
    assertThat(slowId).as("the stalled viewer dropped frames").isNotNull();
    assertThat(slow.binaries.size()).isLessThan(frames / 2);
    fast.close();
    slow.close();
  }
}
