package dev.sitehub.cloud.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A stored device event. */
public record EventView(
    String deviceId,
    long seq,
    Instant ts,
    String type,
    String source,
    String state,
    JsonNode detail) {}
