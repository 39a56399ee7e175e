package dev.sitehub.cloud.telemetry;

/** What one committed micro-batch stored. */
public record WriteResult(int readings, int events, int duplicates, int gaps) {}
