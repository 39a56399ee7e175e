package dev.sitehub.cloud.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * The connections one cloud instance opens in its shared-subscription group, feeding one handler.
 * HiveMQ CE hands a group member a new batch of shared messages (at most 50) only when that member
 * has nothing in flight, so one connection receives at most one batch per commit-and-ack cycle of
 * the writer; several connections let the instance take several batches per cycle.
 */
final class BrokerLinks implements AutoCloseable {
  private final List<BrokerLink> links;

  /**
   * {@code count} links; the first keeps the configured client id (its persistent session), the
   * others append {@code -c1}, {@code -c2}, ...
   */
  public BrokerLinks(MqttSettings settings, int count, DeliveryHandler handler) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one consumer connection is needed");
    }
    AtomicLong epochs = new AtomicLong();
    List<BrokerLink> l = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      l.add(
          new BrokerLink(
              i == 0 ? settings : settings.withClientId(settings.clientId() + "-c" + i),
              handler,
              epochs));
    }
    this.links = List.copyOf(l);
  }

  public void start() {
    links.forEach(BrokerLink::start);
  }

  /** True when every connection is up. */
  public boolean isConnected() {
    return links.stream().allMatch(BrokerLink::isConnected);
  }

  /**
   * Acknowledges on the connection the delivery arrived on, if that connection is still current.
   */
  public boolean ack(Delivery d) {
    for (BrokerLink l : links) {
      if (l.ack(d)) {
        return true;
      }
    }
    return false;
  }

  /** Publishes on the first connected link. */
  public void publish(String topic, byte[] payload, int qos) throws MqttException {
    MqttException last = new MqttException(32104);
    for (BrokerLink l : links) {
      if (l.isConnected()) {
        try {
          l.publish(topic, payload, qos);
          return;
        } catch (MqttException e) {
          last = e;
        }
      }
    }
    throw last;
  }

  /** The links, for per-connection metrics. */
  public List<BrokerLink> links() {
    return links;
  }

  public int size() {
    return links.size();
  }

  @Override
  public void close() {
    links.forEach(BrokerLink::close);
  }
}
