package dev.sitehub.cloud.mqtt;

import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.jboss.logging.Logger;

/**
 * The cloud's MQTT v5 connection: persistent session, manual acknowledgements, shared
 * subscriptions, and its own reconnect loop (Paho's automatic reconnect ignores its delay setting
 * and shares a static maximum). A message is acknowledged only when the handler's owner calls
 * {@link #ack}, and only on the connection it arrived on. An idle link re-subscribes so that HiveMQ
 * CE keeps serving it as a share-group member ({@link MqttConfig#idleResubscribe()}).
 */
public final class BrokerLink implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BrokerLink.class);

  private final MqttSettings settings;
  private final DeliveryHandler handler;
  private final ScheduledExecutorService reconnector;
  // Epoch numbers come from a counter shared by the links of one group, so that a delivery's epoch
  // names exactly one connection of one link.
  private final AtomicLong epochs;
  private volatile long current;
  private volatile MqttClient client;
  // True once the current connection's SUBSCRIBE was answered; until then it receives nothing.
  private volatile boolean subscribed;
  private volatile boolean closed;
  private long delayMillis = 1000;
  // At most one reconnect is ever pending: a kick landing between CONNECT and SUBSCRIBE reports the
  // loss twice (the disconnect callback and the failed SUBSCRIBE), and two loops for one client id
  // would kick each other off the broker forever. Guarded by this.
  private boolean reconnectPending;
  private final AtomicLong connects = new AtomicLong();
  // Packet ids received on the current connection and not yet acknowledged: HiveMQ CE sends a
  // shared-subscription member nothing new while any of them is outstanding, so a stuck one shows
  // here (metric sitehub_mqtt_link_unacked).
  private final Set<Integer> unacked = ConcurrentHashMap.newKeySet();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong resubscribes = new AtomicLong();
  // Last delivery or SUBSCRIBE on this link, for the idle re-subscribe.
  private volatile long lastActivityNanos = System.nanoTime();

  public BrokerLink(MqttSettings settings, DeliveryHandler handler) {
    this(settings, handler, new AtomicLong());
  }

  /** A link of a group whose members draw epochs from {@code epochs}. */
  public BrokerLink(MqttSettings settings, DeliveryHandler handler, AtomicLong epochs) {
    this.settings = settings;
    this.handler = handler;
    this.epochs = epochs;
    this.reconnector =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mqtt-link-" + settings.clientId());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts connecting in the background; returns at once. */
  public void start() {
    reconnector.execute(this::connectOnce);
    long idle = settings.idleResubscribe().toMillis();
    if (idle > 0) {
      long every = Math.max(10, idle / 4);
      reconnector.scheduleWithFixedDelay(
          this::resubscribeIfIdle, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /** True when connected and subscribed, so that messages published from now on reach us. */
  public boolean isConnected() {
    MqttClient c = client;
    return c != null && c.isConnected() && subscribed;
  }

  public String clientId() {
    return settings.clientId();
  }

  /** QoS 1 deliveries of the current connection not yet acknowledged. */
  public int unacked() {
    return unacked.size();
  }

  /** Deliveries received since start, over all connections of this link. */
  public long deliveries() {
    return deliveries.get();
  }

  /** Connections established (CONNACK and SUBACK received) since start. */
  public long connects() {
    return connects.get();
  }

  /** SUBSCRIBEs re-sent because the link was idle (see {@link MqttConfig#idleResubscribe()}). */
  public long resubscribes() {
    return resubscribes.get();
  }

  /** Acknowledges a delivery if its connection is still the current one; else it is redelivered. */
  public boolean ack(Delivery d) {
    MqttClient c = client;
    if (d.qos() == 0 || c == null || d.epoch() != current) {
      return d.qos() == 0;
    }
    try {
      c.messageArrivedComplete(d.messageId(), d.qos());
      unacked.remove(d.messageId());
      return true;
    } catch (MqttException e) {
      LOG.debugf("ack of message %d failed: %s", d.messageId(), e.getMessage());
      return false;
    }
  }

  /** Publishes; throws when not connected, so callers can keep the work unacked and retry. */
  public void publish(String topic, byte[] payload, int qos) throws MqttException {
    MqttClient c = client;
    if (c == null) {
      throw new MqttException(32104);
    }
    MqttMessage m = new MqttMessage(payload);
    m.setQos(qos);
    c.publish(topic, m);
  }

  /** Drops the connection without acknowledging anything in flight, as a crash would. */
  public void kill() {
    closed = true;
    current = epochs.incrementAndGet();
    reconnector.shutdownNow();
    MqttClient c = client;
    client = null;
    if (c != null) {
      try {
        c.disconnectForcibly(0, 100, false);
        c.close(true);
      } catch (MqttException e) {
        LOG.debugf("forced disconnect: %s", e.getMessage());
      }
    }
  }

  private void connectOnce() {
    synchronized (this) {
      reconnectPending = false;
    }
    if (closed) {
      return;
    }
    MqttClient c = null;
    try {
      c = new MqttClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
      c.setManualAcks(true);
      long myEpoch = epochs.incrementAndGet();
      current = myEpoch;
      subscribed = false;
      unacked.clear();
      c.setCallback(new Callback(myEpoch));
      // Current before CONNECT: a resumed session redelivers right after CONNACK, and a shared
      // subscription delivers as soon as the SUBACK is out. A message handled before this
      // assignment could never be acked (ack saw no client), and HiveMQ CE serves a share-group
      // member nothing new while it has a delivery in flight: the link would be stopped until it
      // reconnected.
      client = c;
      MqttConnectionOptions o = new MqttConnectionOptions();
      o.setUserName(settings.username());
      if (settings.password() != null) {
        o.setPassword(settings.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      o.setCleanStart(false);
      o.setSessionExpiryInterval(settings.sessionExpiry().toSeconds());
      o.setReceiveMaximum(settings.receiveMaximum());
      o.setAutomaticReconnect(false);
      o.setConnectionTimeout(10);
      o.setKeepAliveInterval(30);
      // Without it each batch of 50 deliveries from HiveMQ CE costs one delayed-ACK stall (~40 ms)
      // on our PUBACKs: about 1,000 msg/s per connection (NoDelaySocketFactory says why).
      o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
      c.connect(o);
      subscribe(c);
      if (client != c) {
        // Lost between CONNECT and SUBACK: the disconnect callback already scheduled the retry.
        throw new MqttException(32109); // connection lost
      }
      subscribed = true;
      connects.incrementAndGet();
      synchronized (this) {
        delayMillis = 1000;
      }
      LOG.infof("mqtt connected uri=%s client=%s", settings.serverUri(), settings.clientId());
    } catch (MqttException e) {
      LOG.warnf(
          "mqtt connect to %s failed (%s), retry in %d ms",
          settings.serverUri(), e.getMessage(), delayMillis);
      abandon(c);
      scheduleReconnect();
    }
  }

  private void subscribe(MqttClient c) throws MqttException {
    String[] topics = settings.subscriptions().toArray(String[]::new);
    int[] qos = new int[topics.length];
    java.util.Arrays.fill(qos, 1);
    IMqttToken t = c.subscribe(topics, qos);
    lastActivityNanos = System.nanoTime();
    for (int rc : t.getReasonCodes()) {
      if (rc >= 0x80) {
        LOG.errorf("subscription refused by broker, reason code %d", rc);
      }
    }
  }

  /**
   * Asks HiveMQ CE to serve this share-group member again. CE polls a shared queue for all members
   * only when the queue goes from empty to one message (in-flight messages count), and for one
   * member only when it connects, subscribes or finishes its in-flight deliveries. A member whose
   * last poll found every message taken by its peers therefore got nothing more while the load
   * lasted; the scale-out test saw one instance starved for a whole run. A repeated SUBSCRIBE
   * replaces the subscriptions unchanged and makes CE poll for this member.
   */
  private void resubscribeIfIdle() {
    MqttClient c = client;
    if (closed || c == null || !c.isConnected() || !unacked.isEmpty()) {
      return;
    }
    if (System.nanoTime() - lastActivityNanos < settings.idleResubscribe().toNanos()) {
      return;
    }
    try {
      subscribe(c);
      resubscribes.incrementAndGet();
    } catch (MqttException e) {
      LOG.debugf("idle re-subscribe of %s failed: %s", settings.clientId(), e.getMessage());
    }
  }

  /** Forgets a client whose connect or subscribe failed; its deliveries get redelivered. */
  private void abandon(MqttClient c) {
    if (c == null) {
      return;
    }
    current = epochs.incrementAndGet();
    if (client == c) {
      client = null;
    }
    try {
      if (c.isConnected()) {
        c.disconnectForcibly(0, 100, false);
      }
      c.close(true);
    } catch (MqttException e) {
      LOG.debugf("abandon client: %s", e.getMessage());
    }
  }

  private synchronized void scheduleReconnect() {
    if (closed || reconnectPending) {
      return;
    }
    reconnectPending = true;
    long d = delayMillis;
    delayMillis = Math.min(delayMillis * 2, settings.maxReconnectDelay().toMillis());
    reconnector.schedule(this::connectOnce, d, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    closed = true;
    current = epochs.incrementAndGet();
    reconnector.shutdownNow();
    MqttClient c = client;
    if (c != null) {
      try {
        if (c.isConnected()) {
          c.disconnect(1000);
        }
        c.close(true);
      } catch (MqttException e) {
        LOG.debugf("mqtt close: %s", e.getMessage());
      }
    }
  }

  private final class Callback implements MqttCallback {
    private final long myEpoch;

    Callback(long myEpoch) {
      this.myEpoch = myEpoch;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
      deliveries.incrementAndGet();
      lastActivityNanos = System.nanoTime();
      if (message.getQos() > 0 && myEpoch == current) {
        unacked.add(message.getId());
      }
      handler.handle(
          new Delivery(
              topic,
              message.getPayload(),
              message.getId(),
              message.getQos(),
              myEpoch,
              System.nanoTime()));
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      LOG.warnf("mqtt disconnected client=%s: %s", settings.clientId(), response.getReasonString());
      MqttClient c;
      synchronized (BrokerLink.this) {
        if (myEpoch != current) {
          // A connection already given up (abandoned, killed or replaced): its owner has
          // scheduled what follows, and the current client must not be touched.
          return;
        }
        current = epochs.incrementAndGet();
        subscribed = false;
        unacked.clear();
        c = client;
        client = null;
      }
      if (c != null) {
        reconnector.execute(
            () -> {
              try {
                c.close(true);
              } catch (MqttException e) {
                LOG.debugf("close after disconnect: %s", e.getMessage());
              }
            });
      }
      scheduleReconnect();
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      LOG.warnf("mqtt error client=%s: %s", settings.clientId(), exception.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
