package dev.sitehub.cloud.devices;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A registered device with its connection state (online is false when never seen). */
public record DeviceView(
    String deviceId,
    String siteId,
    String hardwareId,
    String agentVersion,
    Instant provisionedAt,
    Instant revokedAt,
    boolean online,
    Instant lastSeen,
    JsonNode health) {}
