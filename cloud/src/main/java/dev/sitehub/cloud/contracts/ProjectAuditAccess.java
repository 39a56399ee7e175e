package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.audit.ProjectAuditScope;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Answers the audit log: a project's audit trail is for its members and operators. */
@ApplicationScoped
class ProjectAuditAccess implements ProjectAuditScope {
  private final ProjectAccess access;

  ProjectAuditAccess(ProjectAccess access) {
    this.access = access;
  }

  @Override
  public Scope ofReadableProject(JsonWebToken caller, String projectId) {
    Project p = access.require(caller, projectId);
    return new Scope(p.siteId(), p.contractId());
  }
}
