package dev.sitehub.edge.config;

import java.nio.file.Path;
import java.time.Duration;

/** Where and how the durable outbox keeps unacknowledged messages. */
public record OutboxSettings(
    Path dir,
    long maxBytes,
    int segmentBytes,
    FsyncPolicy fsync,
    Duration fsyncInterval,
    int snapshotRing) {}
