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
 * ships and records delivery; a homeowner decides a delivery only as the project's customer.
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

  /** The caller works for the order's supplier. */
  void requireSupplier(String userId, MaterialOrder o) {
    boolean ok =
        staff
            .activeMembership(userId)
            .filter(m -> m.enterpriseId().equals(o.supplierId()))
            .isPresent();
    if (!ok) {
      throw ProblemException.forbidden(
          "not-order-supplier", "only the staff of the order's supplier may do this");
    }
  }

  /** A project manager on the site, or the project's own customer. */
  Project decider(JsonWebToken caller, String projectId) {
    Set<String> groups = caller.getGroups() == null ? Set.of() : caller.getGroups();
    if (groups.contains(Role.PROJECT_MANAGER_NAME)) {
      return access.require(caller, projectId);
    }
    return access.requireCustomer(caller, projectId);
  }

  /** The material suppliers that are parties to the project's contract. */
  Set<String> suppliers(Project p) {
    return new LinkedHashSet<>(contracts.partyIds(p.contractId(), PartyKind.MATERIAL_SUPPLIER));
  }
}
