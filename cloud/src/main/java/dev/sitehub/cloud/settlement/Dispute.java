package dev.sitehub.cloud.settlement;

import java.time.Instant;

/** A dispute over a project's money; while OPEN, releases and refunds are frozen. */
public record Dispute(
    String disputeId,
    String projectId,
    String raisedBy,
    String reason,
    DisputeState state,
    Instant raisedAt,
    String resolvedBy,
    Long toContractorFen,
    Long toCustomerFen,
    String decision) {}
