package dev.sitehub.cloud.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestDevices;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Frame publish to browser socket latency: a provisioned device publishes 720p JPEG live frames at
 * 5 fps over MQTT (QoS 0, user properties as the agent sends them) through the embedded broker, the
 * cloud routes them, and 1, 10 or 50 websocket viewers receive them. Latency is receive time minus
 * publish time in this JVM. Run with {@code -Pbench}; prints one line per viewer count.
 */
@QuarkusTest
@Tag("benchmark")
class LiveLatencyBenchmarkTest {
  private static final int FPS = 5;
  private static final int FRAMES = 100;

  @TestHTTPResource("/")
  URL base;

  @Inject TestUsers users;
  @Inject TestDevices devices;

  @Test
  void publishToSocket_1_10_50Viewers_p50p99() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    ProvisionResponse box = devices.provision(site.siteId());
    MqttClient device = devices.connect(box);
    String token = TestUsers.token(owner);
    byte[] base720p = jpeg720p();
    List<String> lines = new ArrayList<>();
    try {
      for (int viewers : new int[] {1, 10, 50}) {
        lines.add(run(site.siteId(), box.deviceId(), device, token, base720p, viewers));
      }
    } finally {
      device.disconnectForcibly(0, 5_000, true);
      device.close();
    }
    lines.forEach(l -> System.out.println("BENCH live " + l));
    assertThat(lines).hasSize(3);
  }

  private String run(
      String siteId, String deviceId, MqttClient device, String token, byte[] jpeg, int n)
      throws Exception {
    String camera = "cam" + n;
    long[] sentAt = new long[FRAMES];
    List<long[]> received = new ArrayList<>();
    List<TestViewer> sockets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Response t =
          given()
              .auth()
              .oauth2(token)
              .contentType(ContentType.JSON)
              .body(Map.of("deviceId", deviceId, "cameraId", camera))
              .post("/api/sites/" + siteId + "/live/tickets");
      sockets.add(
          TestViewer.connect(
              URI.create(
                  "ws://"
                      + base.getHost()
                      + ":"
                      + base.getPort()
                      + t.jsonPath().getString("socketPath")
                      + "?ticket="
                      + t.jsonPath().getString("ticket")),
              false));
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> sockets.stream().allMatch(s -> !s.texts.isEmpty()));
    FrameCodec codec = FrameCodec.withDefaults();
    ScheduledExecutorService pub = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger next = new AtomicInteger();
    pub.scheduleAtFixedRate(
        () -> {
          int i = next.getAndIncrement();
          if (i >= FRAMES) {
            return;
          }
          try {
            byte[] frame = withIndex(jpeg, i);
            MqttMessage m = new MqttMessage(frame);
            m.setQos(0);
            MqttProperties p = new MqttProperties();
            List<UserProperty> props = new ArrayList<>();
            codec
                .toUserProperties(
                    new FrameMeta(camera, Instant.now(), i, 1280, 720, 0.0, FrameReason.LIVE))
                .forEach((k, v) -> props.add(new UserProperty(k, v)));
            p.setUserProperties(props);
            p.setContentType(FrameCodec.CONTENT_TYPE);
            m.setProperties(p);
            sentAt[i] = System.nanoTime();
            device.publish(Topics.frame(siteId, deviceId, camera), m);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        0,
        1000 / FPS,
        TimeUnit.MILLISECONDS);
    try {
      await()
          .atMost(Duration.ofSeconds(FRAMES / FPS + 30))
          .until(
              () ->
                  next.get() >= FRAMES
                      && sockets.stream()
                          .allMatch(
                              s ->
                                  !s.binaries.isEmpty()
                                      && index(s.binaries.get(s.binaries.size() - 1).bytes())
                                          == FRAMES - 1));
    } finally {
      pub.shutdownNow();
    }
    List<Long> latencies = new ArrayList<>();
    long delivered = 0;
    for (TestViewer s : sockets) {
      for (TestViewer.Received r : s.binaries) {
        int i = index(r.bytes());
        if (i >= 0) {
          latencies.add(TimeUnit.NANOSECONDS.toMicros(r.nanos() - sentAt[i]));
          delivered++;
        }
      }
      s.close();
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    double p50 = sorted[sorted.length / 2] / 1000.0;
    double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0;
    double max = sorted[sorted.length - 1] / 1000.0;
    long expected = (long) FRAMES * n;
    return String.format(
        "viewers=%d frames=%d bytes=%d delivered=%d/%d p50=%.1fms p99=%.1fms max=%.1fms",
        n, FRAMES, jpeg.length + 8, delivered, expected, p50, p99, max);
  }

  /**
   * A 1280x720 JPEG of a gradient with per-pixel noise: about 110 KB, what a real 720p camera frame
   * at quality 75-80 weighs (a flat synthetic image would be a few KB and flatter the numbers).
   */
  private static byte[] jpeg720p() throws Exception {
    BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
    Random r = new Random(7);
    for (int y = 0; y < 720; y++) {
      for (int x = 0; x < 1280; x++) {
        int v = Math.max(0, Math.min(255, (x / 5 + y / 3) % 256 + r.nextInt(17) - 8));
        img.setRGB(x, y, (v << 16) | (((v + 40) % 256) << 8) | (255 - v));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  /** Inserts a JPEG comment segment right after SOI carrying the frame index. */
  private static byte[] withIndex(byte[] jpeg, int index) {
    ByteBuffer b = ByteBuffer.allocate(jpeg.length + 8);
    b.put(jpeg, 0, 2);
    b.put((byte) 0xFF).put((byte) 0xFE).putShort((short) 6).putInt(index);
    b.put(jpeg, 2, jpeg.length - 2);
    return b.array();
  }

  private static int index(byte[] frame) {
    if (frame.length < 10 || (frame[2] & 0xff) != 0xFF || (frame[3] & 0xff) != 0xFE) {
      return -1;
    }
    return ByteBuffer.wrap(frame, 6, 4).getInt();
  }
}
