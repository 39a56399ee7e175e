package dev.sitehub.cloud.enterprises;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens an enterprise's workspace for one of its active members and refuses everyone else with 403,
 * operators included; the workspace pages of every feature start here.
 */
@ApplicationScoped
public class Workspaces {
  private final StaffService staff;
  private final EnterpriseService enterprises;
  private final LibraryConfig config;

  public Workspaces(StaffService staff, EnterpriseService enterprises, LibraryConfig config) {
    this.staff = staff;
    this.enterprises = enterprises;
    this.config = config;
  }

  public Workspace open(String userId, String enterpriseId) {
    StaffMember m = staff.requireMember(userId, enterpriseId);
    Enterprise e = enterprises.get(enterpriseId);
    return new Workspace(
        e.enterpriseId(), e.name(), e.type(), e.status(), m.role(), config.workspaceTimezone());
  }
}
