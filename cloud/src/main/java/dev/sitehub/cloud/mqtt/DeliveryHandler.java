package dev.sitehub.cloud.mqtt;

/**
 * Receives every message from the broker. It may block: that stalls Paho's callback thread, and
 * with Receive Maximum bounding what is in flight, that is the back-pressure.
 */
@FunctionalInterface
public interface DeliveryHandler {
  void handle(Delivery delivery) throws InterruptedException;
}
