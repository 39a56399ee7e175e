package dev.sitehub.cloud.live;

import dev.sitehub.cloud.devices.CommandChannel;
import dev.sitehub.cloud.devices.DeviceCommands;
import dev.sitehub.cloud.media.CommandNotSentException;
import dev.sitehub.cloud.media.DeviceCommandSender;
import dev.sitehub.cloud.media.SnapshotRequests;
import dev.sitehub.cloud.mqtt.CloudMqtt;
import dev.sitehub.cloud.mqtt.MqttConfig;
import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.ProtocolLimits;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.jboss.logging.Logger;

/**
 * The media side of the broker connection: consumes camera frames (binary, metadata in user
 * properties) and command results on shared subscriptions of its own group, hands them to the
 * {@link FrameRouter} and {@link SnapshotRequests}, and publishes commands to devices. It is a
 * separate client from the telemetry consumer because frames need the MQTT 5 user properties and
 * must not queue behind telemetry batches. Never throws out of the callback.
 */
@ApplicationScoped
class MediaUplink implements DeviceCommandSender, CommandChannel {
  private static final Logger LOG = Logger.getLogger(MediaUplink.class);
  static final String SHARE_GROUP = "sitehub-media";

  private final MqttConfig config;
  private final FrameRouter router;
  private final SnapshotRequests requests;
  private final Instance<DeviceCommands> deviceCommands;
  private final MessageCodec codec;
  private final FrameCodec frames;
  private final MeterRegistry metrics;
  private volatile MqttClient client;
  private volatile boolean everConnected;

  public MediaUplink(
      MqttConfig config,
      FrameRouter router,
      SnapshotRequests requests,
      Instance<DeviceCommands> deviceCommands,
      MessageCodec codec,
      Clock clock,
      MeterRegistry metrics) {
    this.config = config;
    this.router = router;
    this.requests = requests;
    this.deviceCommands = deviceCommands;
    this.codec = codec;
    this.frames = new FrameCodec(ProtocolLimits.defaults(), clock);
    this.metrics = metrics;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("media uplink disabled (sitehub.mqtt.enabled=false)");
      return;
    }
    connect();
  }

  /** Paho reconnects by itself only after a first success; until then, retry here. */
  @Scheduled(identity = "media-uplink-connect", every = "10s", delayed = "10s")
  void retryFirstConnect() {
    if (config.enabled() && !everConnected) {
      connect();
    }
  }

  private synchronized void connect() {
    if (everConnected) {
      return;
    }
    MqttClient old = client;
    if (old != null) {
      try {
        old.close(true);
      } catch (MqttException e) {
        LOG.debugf("media uplink close before retry: %s", e.getMessage());
      }
    }
    // Stable per instance, like the telemetry link's: the broker keeps this session's queued
    // snapshots while the instance is away and hands them over when it returns.
    String clientId = CloudMqtt.settings(config).clientId() + "-media";
    try {
      MqttClient c =
          new MqttClient(
              "tcp://" + config.host() + ":" + config.port(), clientId, new MemoryPersistence());
      c.setCallback(new Callback(c));
      MqttConnectionOptions o = new MqttConnectionOptions();
      o.setUserName(config.username());
      config.password().ifPresent(p -> o.setPassword(p.getBytes(StandardCharsets.UTF_8)));
      // Persistent: snapshots (QoS 1) published while this instance is down or reconnecting wait
      // in the session. Live frames carry a 2 s message expiry, so the broker drops them instead.
      o.setCleanStart(false);
      o.setSessionExpiryInterval(config.sessionExpiry().toSeconds());
      o.setAutomaticReconnect(true);
      o.setConnectionTimeout(10);
      o.setKeepAliveInterval(30);
      // Snapshot PUBACKs and command publishes must not wait out Nagle (NoDelaySocketFactory).
      o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
      this.client = c;
      c.connect(o);
      everConnected = true;
      LOG.infof("media uplink connected client=%s", clientId);
    } catch (MqttException e) {
      LOG.errorf("media uplink could not connect: %s", e.getMessage());
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    MqttClient c = client;
    if (c != null) {
      try {
        c.disconnect(1000);
        c.close(true);
      } catch (MqttException e) {
        LOG.debugf("media uplink close: %s", e.getMessage());
      }
    }
  }

  public boolean isConnected() {
    MqttClient c = client;
    return c != null && c.isConnected();
  }

  @Override
  public void send(String siteId, String deviceId, Command command) {
    MqttClient c = client;
    if (c == null || !c.isConnected()) {
      throw new CommandNotSentException("broker not connected", null);
    }
    MqttMessage m = new MqttMessage(codec.encode(command));
    m.setQos(TopicKind.COMMAND.maxQos());
    try {
      c.publish(Topics.command(siteId, deviceId), m);
    } catch (MqttException e) {
      throw new CommandNotSentException("publish failed: " + e.getReasonCode(), e);
    }
  }

  /** The devices feature's channel: the same publish, answering false instead of throwing. */
  @Override
  public boolean offer(String siteId, String deviceId, Command command) {
    try {
      send(siteId, deviceId, command);
      return true;
    } catch (CommandNotSentException e) {
      return false;
    }
  }

  private void subscribe(MqttClient c) throws MqttException {
    MqttSubscription[] subs = {
      new MqttSubscription(Topics.sharedFilter(SHARE_GROUP, TopicKind.FRAME), 1),
      new MqttSubscription(Topics.sharedFilter(SHARE_GROUP, TopicKind.COMMAND_RESULT), 1)
    };
    // The array overload without listeners: the single-subscription ones are broken in Paho 1.2.5
    // (FACTS.md); messages arrive through the callback.
    c.subscribe(subs);
  }

  void onMessage(String topic, MqttMessage message) {
    try {
      Decoded<ParsedTopic> t = Topics.parse(topic);
      if (!t.isOk()) {
        reject("bad_topic");
        return;
      }
      ParsedTopic p = t.value();
      if (p.kind() == TopicKind.FRAME) {
        Decoded<Frame> f = frames.decode(p, userProperties(message), message.getPayload());
        if (!f.isOk()) {
          reject(f.rejection().reason().code());
          LOG.debugf(
              "frame rejected site=%s device=%s: %s", p.siteId(), p.deviceId(), f.rejection());
          return;
        }
        router.onFrame(p.siteId(), p.deviceId(), f.value());
      } else if (p.kind() == TopicKind.COMMAND_RESULT) {
        Decoded<CommandResult> r = codec.decodeCommandResult(p, message.getPayload());
        if (!r.isOk()) {
          reject(r.rejection().reason().code());
          return;
        }
        // Snapshot requests first (media's table); any other answer is a portal command's.
        if (!requests.onCommandResult(p.siteId(), p.deviceId(), r.value())) {
          deviceCommands.get().onResult(p.siteId(), p.deviceId(), r.value());
        }
      }
    } catch (RuntimeException e) {
      LOG.errorf("media message failed topic=%s: %s", topic, e.toString());
    }
  }

  private void reject(String reason) {
    metrics.counter("sitehub.media.rejected", "reason", reason).increment();
  }

  private static Map<String, String> userProperties(MqttMessage m) {
    Map<String, String> props = new HashMap<>();
    if (m.getProperties() != null && m.getProperties().getUserProperties() != null) {
      for (UserProperty u : m.getProperties().getUserProperties()) {
        props.putIfAbsent(u.getKey(), u.getValue());
      }
    }
    return props;
  }

  private final class Callback implements MqttCallback {
    private final MqttClient c;

    Callback(MqttClient c) {
      this.c = c;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      // Subscribe on every connect (a session that expired meanwhile has none); off Paho's callback
      // thread, which must not block waiting for the SUBACK.
      CompletableFuture.runAsync(
          () -> {
            try {
              subscribe(c);
              LOG.infof("media uplink subscribed reconnect=%b", reconnect);
            } catch (MqttException e) {
              LOG.errorf("media uplink subscribe failed: %s", e.getMessage());
            }
          });
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      LOG.warnf("media uplink disconnected: %s", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      LOG.warnf("media uplink error: %s", exception.getMessage());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      onMessage(topic, message);
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
