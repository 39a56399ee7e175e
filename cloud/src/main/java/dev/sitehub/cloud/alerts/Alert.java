package dev.sitehub.cloud.alerts;

import java.time.Instant;

/** One alert as stored: deduplicated by (site, type, source), with its lifecycle. */
public record Alert(
    long id,
    String siteId,
    String type,
    String source,
    Severity severity,
    AlertStatus status,
    AlertDetail detail,
    int occurrences,
    Instant firstSeen,
    Instant lastSeen,
    Instant openedAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String acknowledgeComment,
    String resolvedBy,
    Instant resolvedAt,
    String resolveComment,
    int escalationLevel) {}
