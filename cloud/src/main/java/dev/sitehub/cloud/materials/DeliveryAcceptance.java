package dev.sitehub.cloud.materials;

import java.time.Instant;

/**
 * The decision on a delivery with the camera still attached to it: the snapshot fields are null and
 * {@code snapshotNote} says why when no still was near enough.
 */
public record DeliveryAcceptance(
    String orderId,
    DeliveryDecision decision,
    String reason,
    String decidedBy,
    Instant decidedAt,
    Long snapshotId,
    String snapshotDevice,
    String snapshotCamera,
    Instant snapshotTakenAt,
    String snapshotKey,
    String snapshotSha256,
    String snapshotNote) {}
