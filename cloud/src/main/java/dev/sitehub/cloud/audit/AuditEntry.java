package dev.sitehub.cloud.audit;

import java.util.Objects;

/**
 * One audited act: who ({@code actorId}, null for the system), what, on which project and/or site,
 * and its object ({@code subject}: a user, enterprise, device or transaction id) with a short
 * machine-readable {@code detail} (an amount in fen, a role, a stage number), never free text a
 * user typed.
 */
public record AuditEntry(
    AuditAction action,
    String actorId,
    String projectId,
    String siteId,
    String subject,
    String detail) {
  public AuditEntry {
    Objects.requireNonNull(action, "action");
  }

  public static AuditEntry onProject(
      AuditAction action, String actorId, String projectId, String subject, String detail) {
    return new AuditEntry(action, actorId, projectId, null, subject, detail);
  }

  public static AuditEntry onSite(
      AuditAction action, String actorId, String siteId, String subject, String detail) {
    return new AuditEntry(action, actorId, null, siteId, subject, detail);
  }
}
