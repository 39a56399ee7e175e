package dev.sitehub.cloud.telemetry;

import dev.sitehub.cloud.mqtt.Delivery;

/** Acknowledges a delivery to the broker; returns whether the ack was sent. */
@FunctionalInterface
public interface Acker {
  boolean ack(Delivery delivery);
}
