package dev.sitehub.edge.uplink;

/**
 * One message waiting in the outbox. {@code id} is the outbox's own key (for acks); {@code seq} is
 * the device sequence number in the payload, or -1 for status.
 */
public record OutboxEntry(
    long id, Lane lane, long seq, String topic, int qos, boolean retain, byte[] payload) {}
