package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import java.util.Set;

/** The four kinds of enterprise on the platform, and the staff roles each may employ. */
public enum EnterpriseType {
  MATERIAL_SUPPLIER(Set.of(Role.BUDGETER, Role.INSTALLER)),
  DESIGN_COMPANY(Set.of(Role.DESIGNER)),
  DECORATION_COMPANY(Set.of(Role.PROJECT_MANAGER, Role.INSTALLER, Role.DESIGNER)),
  SUPERVISION_COMPANY(Set.of(Role.SUPERVISOR, Role.INSTALLER));

  private final Set<Role> staffRoles;

  EnterpriseType(Set<Role> staffRoles) {
    this.staffRoles = staffRoles;
  }

  /** Staff roles an admin of this type may invite. */
  public Set<Role> staffRoles() {
    return staffRoles;
  }
}
