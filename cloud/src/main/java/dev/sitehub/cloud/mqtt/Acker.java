package dev.sitehub.cloud.mqtt;

/** Acknowledges a delivery to the broker; returns whether the ack was sent. */
@FunctionalInterface
public interface Acker {
  boolean ack(Delivery delivery);
}
