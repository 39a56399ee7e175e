package dev.sitehub.protocol;

/**
 * A decoded inbound JSON message with the topic it arrived on. {@code message} is one of
 * TelemetryBatch, DeviceEvent, DeviceStatus, Heartbeat, CommandResult or ProvisionRequest.
 */
public record Inbound(ParsedTopic topic, Object message) {}
