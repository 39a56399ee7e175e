package dev.sitehub.cloud.devices;

import java.time.Instant;

/** A command the portal sent to a box, with the box's answer once it came. */
public record SentCommand(
    String commandId,
    String siteId,
    String deviceId,
    String type,
    String args,
    String issuedBy,
    Instant issuedAt,
    CommandState state,
    String message,
    Instant answeredAt) {}
