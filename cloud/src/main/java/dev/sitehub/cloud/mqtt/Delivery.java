package dev.sitehub.cloud.mqtt;

/**
 * One received MQTT message, not yet acknowledged. {@code epoch} identifies the connection it came
 * on: packet ids are only meaningful within that connection.
 */
public record Delivery(
    String topic, byte[] payload, int messageId, int qos, long epoch, long receivedNanos) {}
