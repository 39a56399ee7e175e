package dev.sitehub.protocol.message;

/**
 * Sent by an unprovisioned box: the installer's claim code and what the box is. {@code requestId}
 * correlates the response.
 */
public record ProvisionRequest(
    String requestId, String claimCode, String hardwareId, String agentVersion) {}
