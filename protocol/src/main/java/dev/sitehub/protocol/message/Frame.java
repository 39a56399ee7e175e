package dev.sitehub.protocol.message;

/** A decoded frame: its metadata and the JPEG bytes as received. */
public record Frame(FrameMeta meta, byte[] jpeg) {}
