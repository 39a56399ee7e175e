package dev.sitehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Frame latency, edge to browser socket: a registered device publishes live 720p frames at 5 fps
 * through the stack's broker; the packaged cloud fans them out to N websocket viewers that signed
 * in and took a ticket as a browser does. The baseline from the same run is raw MQTT: the same
 * frames from the same kind of client to one plain subscriber on the same broker.
 */
public final class LiveBench {
  static final int FPS = 5;

  private final Stack stack;
  private final URI base;
  private final LiveFrames frames;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  public LiveBench(Stack stack, URI base) throws Exception {
    this.stack = stack;
    this.base = base;
    this.frames = new LiveFrames();
  }

  public int frameBytes() {
    return frames.bytes();
  }

  /** Raw MQTT publish -> subscribe latency of {@code count} frames at 5 fps. */
  public Latencies baseline(int count) throws Exception {
    String site = "live-base-site";
    String device = "live-base-dev";
    String secret = stack.registerDevice(site, device);
    Latencies out = new Latencies();
    long[] sentAt = new long[count];
    CountDownLatch all = new CountDownLatch(count);
    MqttClient sub =
        new MqttClient(stack.broker().serverUri(), "bench-frame-sub", new MemoryPersistence());
    sub.setCallback(
        new Callback() {
          @Override
          public void messageArrived(String topic, MqttMessage m) {
            long now = System.nanoTime();
            int i = LiveFrames.index(m.getPayload());
            if (topic.contains(device) && i >= 0 && i < count) {
              out.add(now - sentAt[i]);
              all.countDown();
            }
          }
        });
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(Stack.CLOUD_USERNAME);
    o.setPassword(stack.cloudPassword().getBytes(StandardCharsets.UTF_8));
    sub.connect(o);
    sub.subscribe(
        new String[] {Topics.sharedFilter("bench-baseline", TopicKind.FRAME)}, new int[] {0});
    MqttClient pub = connectDevice(device, secret);
    try {
      publish(pub, Topics.frame(site, device, "cam0"), "cam0", sentAt);
      all.await(30, TimeUnit.SECONDS);
    } finally {
      close(pub);
      close(sub);
    }
    return out;
  }

  /** Result of one viewer count. */
  public record Run(int viewers, Latencies latency, long delivered, long expected) {}

  /** Opens {@code viewers} sockets on one camera of the demo site and streams {@code count}. */
  public Run viewers(int viewers, int count) throws Exception {
    String device = "live-dev-" + viewers;
    String camera = "cam" + viewers;
    String secret = stack.registerDevice(Stack.DEMO_SITE, device);
    // The cloud's device registry row: tickets are issued only for an active device of the site.
    try (Connection c = stack.db().connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO device (device_id, site_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, device);
      ps.setString(2, Stack.DEMO_SITE);
      ps.executeUpdate();
    }
    String token = token("homeowner");
    long[] sentAt = new long[count];
    List<Viewer> sockets = new ArrayList<>();
    for (int i = 0; i < viewers; i++) {
      JsonNode t =
          json.readTree(
              send(
                  HttpRequest.newBuilder(
                          base.resolve("/api/sites/" + Stack.DEMO_SITE + "/live/tickets"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              json.createObjectNode()
                                  .put("deviceId", device)
                                  .put("cameraId", camera)
                                  .toString()))
                      .build()));
      URI ws =
          URI.create(
              "ws://"
                  + base.getHost()
                  + ":"
                  + base.getPort()
                  + t.get("socketPath").asText()
                  + "?ticket="
                  + t.get("ticket").asText());
      Viewer v = new Viewer(sentAt);
      v.socket = http.newWebSocketBuilder().buildAsync(ws, v).get(10, TimeUnit.SECONDS);
      sockets.add(v);
    }
    for (Viewer v : sockets) {
      v.hello.get(10, TimeUnit.SECONDS);
    }
    MqttClient pub = connectDevice(device, secret);
    try {
      publish(pub, Topics.frame(Stack.DEMO_SITE, device, camera), camera, sentAt);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline
          && !sockets.stream().allMatch(v -> v.last.get() == count - 1)) {
        Thread.sleep(50);
      }
    } finally {
      close(pub);
    }
    Latencies all = new Latencies();
    long delivered = 0;
    for (Viewer v : sockets) {
      for (long[] r : v.received) {
        all.add(r[1] - sentAt[(int) r[0]]);
        delivered++;
      }
      v.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS);
    }
    return new Run(viewers, all, delivered, (long) viewers * count);
  }

  private void publish(MqttClient pub, String topic, String camera, long[] sentAt)
      throws Exception {
    long period = TimeUnit.SECONDS.toNanos(1) / FPS;
    long next = System.nanoTime();
    for (int i = 0; i < sentAt.length; i++) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      MqttMessage m = frames.message(camera, i);
      sentAt[i] = System.nanoTime();
      pub.publish(topic, m);
      next += period;
    }
  }

  private MqttClient connectDevice(String device, String secret) throws MqttException {
    MqttClient c = new MqttClient(stack.broker().serverUri(), device, new MemoryPersistence());
    c.setCallback(new Callback() {});
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(device);
    o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    c.connect(o);
    return c;
  }

  private String token(String user) throws Exception {
    return json.readTree(
            send(
                HttpRequest.newBuilder(base.resolve("/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            json.createObjectNode()
                                .put("username", user)
                                .put("password", Stack.DEMO_PASSWORD)
                                .toString()))
                    .build()))
        .get("token")
        .asText();
  }

  private String send(HttpRequest r) throws Exception {
    HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          r.uri().getPath() + " answered " + resp.statusCode() + ": " + resp.body());
    }
    return resp.body();
  }

  private static void close(MqttClient c) {
    try {
      if (c.isConnected()) {
        c.disconnect(2000);
      }
      c.close(true);
    } catch (MqttException ignored) {
      // best effort
    }
  }

  /** One browser-like socket: records (index, receive nanos) of each live frame. */
  private static final class Viewer implements WebSocket.Listener {
    final List<long[]> received = java.util.Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<Void> hello = new CompletableFuture<>();
    final AtomicInteger last = new AtomicInteger(-1);
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final long[] sentAt;
    WebSocket socket;

    Viewer(long[] sentAt) {
      this.sentAt = sentAt;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean isLast) {
      hello.complete(null);
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean isLast) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      partial.write(chunk, 0, chunk.length);
      if (isLast) {
        long now = System.nanoTime();
        int i = LiveFrames.index(partial.toByteArray());
        partial.reset();
        if (i >= 0 && i < sentAt.length) {
          received.add(new long[] {i, now});
          last.set(i);
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Paho callbacks this class does not need. */
  private interface Callback extends MqttCallback {
    @Override
    default void disconnected(MqttDisconnectResponse r) {}

    @Override
    default void mqttErrorOccurred(MqttException e) {}

    @Override
    default void messageArrived(String topic, MqttMessage m) {}

    @Override
    default void deliveryComplete(IMqttToken t) {}

    @Override
    default void connectComplete(boolean reconnect, String uri) {}

    @Override
    default void authPacketArrived(int code, MqttProperties p) {}
  }
}
