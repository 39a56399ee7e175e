package dev.sitehub.cloud.messaging;

/** Marks every message up to and including {@code upTo} as read. */
public record MarkReadRequest(long upTo) {}
