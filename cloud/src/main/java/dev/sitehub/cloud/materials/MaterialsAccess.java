package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The materials checks on top of {@link ProjectAccess}: the staff of a supplier chosen in the
 * contract may see that supplier's orders without being on the site; only the order's supplier
 * ships and records delivery; the budgeter, project manager and customer act in the part the
 * contract gives them.
 */
@ApplicationScoped
class MaterialsAccess {
  private final ProjectAccess access;
  private final ProjectService projects;
  private final StaffService staff;
  private final ContractService contracts;

  public MaterialsAccess(
      ProjectAccess access,
      ProjectService projects,
      StaffService staff,
      ContractService contracts) {
    this.access = access;
    this.projects = projects;
    this.staff = staff;
    this.contracts = contracts;
  }

  /** A site member (or operator) of the project, as every lifecycle endpoint requires. */
  Project member(JsonWebToken caller, String projectId) {
    return access.require(caller, projectId);
  }

  /** A member, or the staff of one of the project's suppliers (then scoped to that supplier). */
  Viewer viewer(JsonWebToken caller, String projectId) {
    try {
      return new Viewer(access.require(caller, projectId), null);
    } catch (ProblemException refused) {
      Optional<StaffMember> m = staff.activeMembership(caller.getSubject());
      if (refused.status() != 403 || m.isEmpty()) {
        throw refused;
      }
      Project p;
      try {
        p = projects.get(projectId);
      } catch (ProblemException missing) {
        throw refused;
      }
      if (!suppliers(p).contains(m.get().enterpriseId())) {
        throw refused;
      }
      return new Viewer(p, m.get().enterpriseId());
    }
  }

  /**
   * The contract names the caller the project's budgeter (operators pass as for {@link #member}).
   */
  Project budgeter(JsonWebToken caller, String projectId) {
    return access.requireRole(caller, projectId, Role.BUDGETER);
  }

  /**
   * The caller is the materials contact of the order's supplier, a party of the project's contract
   * (checked when the order was placed): its budgeter, who in the domain budgets, ships and records
   * delivery. The supplier's other staff (its installers) may not.
   */
  void requireSupplier(String userId, MaterialOrder o) {
    boolean ok =
        staff
            .activeMembership(userId)
            .filter(m -> m.enterpriseId().equals(o.supplierId()) && m.role() == Role.BUDGETER)
            .isPresent();
    if (!ok) {
      throw ProblemException.forbidden(
          "not-order-supplier", "only the order's supplier, through its budgeter, may do this");
    }
  }

  /** The contract names the caller the project manager, or the caller is its customer. */
  Project decider(JsonWebToken caller, String projectId) {
    return access.requireRole(caller, projectId, Role.PROJECT_MANAGER, Role.HOMEOWNER);
  }

  /** The caller's parts in the project's contract, for the page's controls. */
  Set<Role> rolesOn(JsonWebToken caller, Project p) {
    return access.rolesOn(caller, p);
  }

  /** The material suppliers that are parties to the project's contract. */
  Set<String> suppliers(Project p) {
    return new LinkedHashSet<>(contracts.partyIds(p.contractId(), PartyKind.MATERIAL_SUPPLIER));
  }
}
