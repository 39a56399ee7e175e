package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The checks every lifecycle endpoint makes: members of the project's site pass, operators pass for
 * every project, everyone else gets the same 403 whether or not the project exists; and an action
 * that belongs to a part in the project (supervisor, customer, ...) also needs that part in the
 * project's contract, not merely the global role in the token.
 */
@ApplicationScoped
public class ProjectAccess {
  private final ProjectService projects;
  private final ProjectRoles roles;

  ProjectAccess(ProjectService projects, ProjectRoles roles) {
    this.projects = projects;
    this.roles = roles;
  }

  public Project require(JsonWebToken caller, String projectId) {
    if (SiteAccess.isOperator(caller)) {
      return projects.get(projectId);
    }
    return projects.requireMember(projectId, caller.getSubject());
  }

  /**
   * As {@link #require}, and the caller must hold one of {@code allowed} on this project through
   * its contract; operators pass as they do for {@link #require} (their endpoints say in
   * {@code @RolesAllowed} whether an operator may act at all).
   */
  public Project requireRole(JsonWebToken caller, String projectId, Role... allowed) {
    Project p = require(caller, projectId);
    if (SiteAccess.isOperator(caller)) {
      return p;
    }
    Set<Role> held = roles.of(p, caller.getSubject());
    if (Arrays.stream(allowed).noneMatch(held::contains)) {
      throw ProblemException.forbidden(
          "not-project-role",
          "the contract of this project does not name you as " + Arrays.toString(allowed));
    }
    return p;
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

  /**
   * The parts the caller holds on a project they may already see, for pages deciding which controls
   * to show. Operators hold none unless the contract names them; pages ask {@link
   * SiteAccess#isOperator} for what operators may do.
   */
  public Set<Role> rolesOn(JsonWebToken caller, Project p) {
    return roles.of(p, caller.getSubject());
  }

  /** The parts a user holds on a project, for services that act for a user id. */
  public Set<Role> rolesOf(Project p, String userId) {
    return roles.of(p, userId);
  }

  /**
   * Whether the user is named in the contract, in {@code role}, for the given party enterprise: the
   * check for acting on behalf of one supplier among several.
   */
  public boolean namedFor(Project p, String userId, Role role, String enterpriseId) {
    return roles.namedFor(p, userId, role, enterpriseId);
  }
}
