package dev.sitehub.cloud.mqtt;

import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.jboss.logging.Logger;

/**
 * Wires the cloud's broker connection at startup: device topics go to the ingestion pipeline,
 * provisioning requests to the responder (on their own thread, so a publish never runs on Paho's
 * callback thread).
 */
@ApplicationScoped
public class CloudMqtt {
  private static final Logger LOG = Logger.getLogger(CloudMqtt.class);

  /** What the cloud consumes; command results and frames join when their features land. */
  static final List<TopicKind> CONSUMED =
      List.of(
          TopicKind.TELEMETRY,
          TopicKind.EVENT,
          TopicKind.STATUS,
          TopicKind.HEARTBEAT,
          TopicKind.PROVISION_REQUEST);

  private final MqttConfig config;
  private final DeliveryPipelines pipelines;
  private final RequestResponder responder;
  private final MeterRegistry metrics;
  private final BlockingQueue<Delivery> provisioning = new ArrayBlockingQueue<>(100);
  private volatile BrokerLinks link;
  private volatile DeliveryPipeline pipeline;
  private volatile Thread provisioner;

  public CloudMqtt(
      MqttConfig config,
      DeliveryPipelines pipelines,
      RequestResponder responder,
      MeterRegistry metrics) {
    this.config = config;
    this.pipelines = pipelines;
    this.responder = responder;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(100) StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("mqtt disabled (sitehub.mqtt.enabled=false)");
      return;
    }
    MqttSettings s = settings(config);
    DeliveryPipeline p = pipelines.create(d -> link.ack(d));
    BrokerLinks l = new BrokerLinks(s, config.consumers(), d -> route(d, p));
    this.pipeline = p;
    this.link = l;
    l.links().forEach(this::registerMetrics);
    provisioner = new Thread(this::provisionLoop, "provisioning-responder");
    provisioner.setDaemon(true);
    provisioner.start();
    p.start();
    l.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    if (link != null) {
      link.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
    if (provisioner != null) {
      provisioner.interrupt();
    }
  }

  /** True when connected, or when MQTT is disabled by configuration. */
  public boolean healthy() {
    return !config.enabled() || (link != null && link.isConnected());
  }

  public boolean enabled() {
    return config.enabled();
  }

  /** Per connection, so that a share-group member the broker stopped serving can be seen. */
  private void registerMetrics(BrokerLink l) {
    Gauge.builder("sitehub.mqtt.link.unacked", l, BrokerLink::unacked)
        .tag("client", l.clientId())
        .description("QoS 1 deliveries of this connection not yet acknowledged")
        .register(metrics);
    FunctionCounter.builder("sitehub.mqtt.link.deliveries", l, BrokerLink::deliveries)
        .tag("client", l.clientId())
        .description("Messages received on this connection")
        .register(metrics);
    FunctionCounter.builder("sitehub.mqtt.link.resubscribes", l, BrokerLink::resubscribes)
        .tag("client", l.clientId())
        .description("SUBSCRIBEs re-sent by this idle connection so the broker serves it again")
        .register(metrics);
    FunctionCounter.builder("sitehub.mqtt.link.connects", l, BrokerLink::connects)
        .tag("client", l.clientId())
        .description("Connections established (subscribed) by this link: climbing means flapping")
        .register(metrics);
  }

  private void route(Delivery d, DeliveryPipeline p) throws InterruptedException {
    Decoded<ParsedTopic> t = Topics.parse(d.topic());
    if (t.isOk() && t.value().kind() == TopicKind.PROVISION_REQUEST) {
      provisioning.put(d);
    } else {
      p.offer(d);
    }
  }

  private void provisionLoop() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Delivery d = provisioning.take();
        RequestResponder.Reply reply = responder.answer(d);
        if (reply != null) {
          link.publish(reply.topic(), reply.payload(), 1);
        }
        link.ack(d);
      } catch (InterruptedException e) {
        return;
      } catch (MqttException | RuntimeException e) {
        // Left unacked: the broker redelivers it after a reconnect.
        LOG.warnf("provisioning answer failed: %s", e.toString());
      }
    }
  }

  /** Resolves the configured settings, including the subscriptions on shared filters. */
  public static MqttSettings settings(MqttConfig c) {
    List<String> subs = CONSUMED.stream().map(k -> Topics.sharedFilter(c.shareGroup(), k)).toList();
    String clientId = c.clientId().orElseGet(() -> c.username() + "-" + host());
    if (!MqttUsers.isCloudClientId(clientId, c.username())) {
      // The broker reserves this namespace for the cloud principal; an id outside it could be
      // squatted by another principal, which would take over our persistent session.
      throw new IllegalStateException(
          "sitehub.mqtt.client-id '"
              + clientId
              + "' must be '"
              + c.username()
              + "' or start with '"
              + c.username()
              + "-', the client-id namespace the broker reserves for the cloud");
    }
    return new MqttSettings(
        "tcp://" + c.host() + ":" + c.port(),
        clientId,
        c.username(),
        c.password().orElse(null),
        c.receiveMaximum(),
        c.sessionExpiry(),
        c.maxReconnectDelay(),
        c.idleResubscribe(),
        subs);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_-]", "-");
    } catch (UnknownHostException e) {
      return "local";
    }
  }
}
