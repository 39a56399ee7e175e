package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may read, edit and sign a contract: the customer and the staff of party enterprises read; the
 * customer and party admins edit and sign, each for their own party; operators read all.
 */
@ApplicationScoped
class ContractAccess {
  private final StaffService staff;

  public ContractAccess(StaffService staff) {
    this.staff = staff;
  }

  void requireReader(ContractTerms t, String userId, boolean operator) {
    if (operator || t.customer().id().equals(userId)) {
      return;
    }
    Optional<StaffMember> m = staff.activeMembership(userId);
    boolean partyStaff =
        m.isPresent()
            && t.parties().stream()
                .anyMatch(
                    p -> p.kind() != PartyKind.CUSTOMER && p.id().equals(m.get().enterpriseId()));
    if (!partyStaff) {
      throw ProblemException.forbidden(
          "not-a-contract-party", "you are not party to this contract");
    }
  }

  /** The user's active enterprise membership, asked of enterprises outside any unit of work. */
  Optional<StaffMember> membership(String userId) {
    return staff.activeMembership(userId);
  }

  /** The party the user signs and negotiates for, or 403 if none. */
  Party signingParty(ContractTerms t, String userId) {
    return t.customer().id().equals(userId)
        ? t.customer()
        : signingParty(t, userId, membership(userId));
  }

  /**
   * As {@link #signingParty(ContractTerms, String)} with the user's active membership already
   * known, so that it can run inside a unit of work without asking enterprises there.
   */
  Party signingParty(ContractTerms t, String userId, Optional<StaffMember> member) {
    if (t.customer().id().equals(userId)) {
      return t.customer();
    }
    Optional<StaffMember> admin = member.filter(m -> m.role() == Role.ENTERPRISE_ADMIN);
    return t.parties().stream()
        .filter(p -> p.kind() != PartyKind.CUSTOMER)
        .filter(p -> admin.isPresent() && p.id().equals(admin.get().enterpriseId()))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "not-a-contract-party", "only the customer and party admins may do this"));
  }
}
