package dev.sitehub.cloud.audit;

import java.time.Instant;

/** An audit event as the API and the portal show it. */
public record AuditView(
    long id,
    Instant at,
    String actorId,
    AuditAction action,
    String projectId,
    String siteId,
    String subject,
    String detail) {}
