package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one check every lifecycle endpoint makes: members of the project's site pass, operators pass
 * for every project, everyone else gets the same 403 whether or not the project exists.
 */
@ApplicationScoped
public class ProjectAccess {
  private final ProjectService projects;

  public ProjectAccess(ProjectService projects) {
    this.projects = projects;
  }

  public Project require(JsonWebToken caller, String projectId) {
    if (SiteAccess.isOperator(caller)) {
      return projects.get(projectId);
    }
    return projects.requireMember(projectId, caller.getSubject());
  }

  /** As {@link #require}, and the caller must be the project's customer (operators pass). */
  public Project requireCustomer(JsonWebToken caller, String projectId) {
    Project p = require(caller, projectId);
    if (!SiteAccess.isOperator(caller) && !p.customerId().equals(caller.getSubject())) {
      throw ProblemException.forbidden(
          "not-project-customer", "only the project's customer may do this");
    }
    return p;
  }
}
