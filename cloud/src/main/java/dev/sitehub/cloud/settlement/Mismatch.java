package dev.sitehub.cloud.settlement;

/** One disagreement reconciliation found between our records and the provider's. */
public record Mismatch(String subject, String projectId, String ours, String provider) {}
