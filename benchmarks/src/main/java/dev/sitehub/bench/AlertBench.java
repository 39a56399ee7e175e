package dev.sitehub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 * Alert latency, breach to supervisor socket, end to end: a registered device of the demo site
 * publishes a telemetry batch (QoS 1) whose noise reading breaches a threshold rule; the packaged
 * cloud ingests it, evaluates the rule in the ingestion stream and pushes OPENED to the demo
 * supervisor's {@code /ws/alerts} socket. Every breach uses a new sensor id, so each one opens its
 * own alert (alerts are deduplicated per site, type and source). Latency is socket receive minus
 * publish, both in this JVM.
 */
public final class AlertBench implements AutoCloseable {
  private static final String RULE = "bench-noise";

  private final URI base;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final MessageCodec codec = MessageCodec.withDefaults();
  private final Map<String, Long> opened = new ConcurrentHashMap<>();
  private final MqttClient device;
  private final String deviceId;
  private WebSocket socket;
  private long seq;

  public AlertBench(Stack stack, URI base) throws Exception {
    this.base = base;
    this.deviceId = "alert-dev";
    String secret = stack.registerDevice(Stack.DEMO_SITE, deviceId);
    device = new MqttClient(stack.broker().serverUri(), deviceId, new MemoryPersistence());
    device.setCallback(new Quiet());
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(deviceId);
    o.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    device.connect(o);
  }

  /** Signs in as the demo supervisor, saves the rule and opens the alert socket. */
  public AlertBench open() throws Exception {
    String token = token("supervisor");
    ObjectNode rule =
        json.createObjectNode()
            .put("code", RULE)
            .put("kind", "THRESHOLD")
            .put("severity", "MAJOR")
            .put("enabled", true)
            .put("autoResolve", false)
            .put("metric", "NOISE")
            .put("comparison", "ABOVE")
            .put("limit", 90.0)
            .put("consecutive", 1)
            .put("quietHoursOnly", false);
    send(
        HttpRequest.newBuilder(
                base.resolve("/api/sites/" + Stack.DEMO_SITE + "/alert-rules/" + RULE))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(rule.toString()))
            .build());
    URI ws =
        URI.create(base.toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws/alerts");
    socket =
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + token)
            .buildAsync(ws, new Listener())
            .get(10, TimeUnit.SECONDS);
    return this;
  }

  /** Sends {@code count} breaches, one at a time, each on a new sensor id. */
  public Latencies run(int count, String tag) throws Exception {
    Latencies out = new Latencies();
    for (int i = 0; i < count; i++) {
      String sensor = "mic-" + tag + "-" + i;
      Instant now = Instant.now();
      byte[] payload =
          codec.encode(
              new TelemetryBatch(
                  deviceId, ++seq, now, List.of(Reading.of(sensor, SensorKind.NOISE, now, 95))));
      MqttMessage m = new MqttMessage(payload);
      m.setQos(1);
      long t0 = System.nanoTime();
      device.publish(Topics.telemetry(Stack.DEMO_SITE, deviceId), m);
      long deadline = t0 + TimeUnit.SECONDS.toNanos(10);
      Long at;
      while ((at = opened.get(sensor)) == null && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      if (at != null) {
        out.add(at - t0);
      }
    }
    return out;
  }

  /**
   * Same-run baseline: the same breach payload from a device to one plain subscriber on the same
   * broker (QoS 1, subscribed as the cloud principal in a share group of its own), no cloud.
   */
  public static Latencies baseline(Stack stack, int count) throws Exception {
    String site = "alert-base-site";
    String dev = "alert-base-dev";
    String secret = stack.registerDevice(site, dev);
    MessageCodec codec = MessageCodec.withDefaults();
    long[] sentAt = new long[count];
    java.util.concurrent.atomic.AtomicInteger got = new java.util.concurrent.atomic.AtomicInteger();
    Latencies out = new Latencies();
    MqttClient sub =
        new MqttClient(stack.broker().serverUri(), "bench-alert-sub", new MemoryPersistence());
    sub.setCallback(
        new Quiet() {
          @Override
          public void messageArrived(String topic, MqttMessage m) {
            long now = System.nanoTime();
            if (topic.contains(dev)) {
              int i = got.getAndIncrement();
              if (i < count) {
                out.add(now - sentAt[i]);
              }
            }
          }
        });
    MqttConnectionOptions so = new MqttConnectionOptions();
    so.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    so.setUserName(Stack.CLOUD_USERNAME);
    so.setPassword(stack.cloudPassword().getBytes(StandardCharsets.UTF_8));
    sub.connect(so);
    sub.subscribe(
        new String[] {Topics.sharedFilter("bench-baseline", TopicKind.TELEMETRY)}, new int[] {1});
    MqttClient pub = new MqttClient(stack.broker().serverUri(), dev, new MemoryPersistence());
    pub.setCallback(new Quiet());
    MqttConnectionOptions po = new MqttConnectionOptions();
    po.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    po.setUserName(dev);
    po.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    pub.connect(po);
    try {
      for (int i = 0; i < count; i++) {
        Instant now = Instant.now();
        MqttMessage m =
            new MqttMessage(
                codec.encode(
                    new TelemetryBatch(
                        dev, i + 1, now, List.of(Reading.of("mic", SensorKind.NOISE, now, 95)))));
        m.setQos(1);
        sentAt[i] = System.nanoTime();
        pub.publish(Topics.telemetry(site, dev), m);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (got.get() <= i && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
      }
    } finally {
      for (MqttClient c : List.of(pub, sub)) {
        try {
          c.disconnect(2000);
          c.close(true);
        } catch (MqttException ignored) {
          // best effort
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS);
    }
    try {
      device.disconnect(2000);
      device.close(true);
    } catch (MqttException ignored) {
      // best effort
    }
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

  /** Records the receive time of each OPENED message by the sensor id it names. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.nanoTime();
        String text = partial.toString();
        partial.setLength(0);
        if (text.contains("OPENED")) {
          int at = text.indexOf("mic-");
          if (at >= 0) {
            int end = at;
            while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
              end++;
            }
            opened.putIfAbsent(text.substring(at, end), now);
          }
        }
      }
      ws.request(1);
      return null;
    }
  }

  private static class Quiet implements MqttCallback {
    @Override
    public void disconnected(MqttDisconnectResponse r) {}

    @Override
    public void mqttErrorOccurred(MqttException e) {}

    @Override
    public void messageArrived(String topic, MqttMessage m) {}

    @Override
    public void deliveryComplete(IMqttToken t) {}

    @Override
    public void connectComplete(boolean reconnect, String uri) {}

    @Override
    public void authPacketArrived(int code, MqttProperties p) {}
  }
}
