package dev.sitehub.cloud.audit;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Asked by the audit log before it shows a project's events: the project's site and contract when
 * the caller may read the project (a member of its site, or an operator), else a 403 problem, the
 * same whether or not the project exists. Implemented by the feature that owns projects.
 */
public interface ProjectAuditScope {
  /** What a project's trail covers besides the project itself: its site and its contract. */
  record Scope(String siteId, String contractId) {}

  Scope ofReadableProject(JsonWebToken caller, String projectId);
}
