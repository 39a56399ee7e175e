package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a person's part in a project from its contract: the customer holds {@link Role#HOMEOWNER},
 * each named staff member the role the contract names them in. The latest filed version counts; an
 * amendment still being drafted or signed changes nobody's part until it is filed. A project exists
 * only once its first version is filed, so nobody holds a part before signing is complete.
 */
@ApplicationScoped
class ProjectRoles {
  private final ContractService contracts;

  ProjectRoles(ContractService contracts) {
    this.contracts = contracts;
  }

  Set<Role> of(Project p, String userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (userId == null) {
      return roles;
    }
    // The customer is a party of every version and cannot be changed by an amendment.
    if (p.customerId().equals(userId)) {
      roles.add(Role.HOMEOWNER);
    }
    contracts
        .filedTerms(p.contractId())
        .ifPresent(
            t ->
                t.staff().stream()
                    .filter(s -> userId.equals(s.userId()))
                    .forEach(s -> roles.add(s.role())));
    return roles;
  }

  /**
   * Whether the user is named, in {@code role}, for the given enterprise (a supplier's contact).
   */
  boolean namedFor(Project p, String userId, Role role, String enterpriseId) {
    return contracts
        .filedTerms(p.contractId())
        .map(
            t ->
                t.staff().stream()
                    .anyMatch(
                        s ->
                            s.role() == role
                                && s.userId().equals(userId)
                                && enterpriseId.equals(s.enterpriseId())))
        .orElse(false);
  }
}
