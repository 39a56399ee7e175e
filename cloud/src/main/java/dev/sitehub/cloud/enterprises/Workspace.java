package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import io.quarkus.qute.TemplateData;

/**
 * The enterprise whose workspace a member has open, as every workspace page's header and section
 * links show it, whether the viewer administers it, and the zone its times are shown in.
 */
@TemplateData
public record Workspace(
    String enterpriseId,
    String name,
    EnterpriseType type,
    EnterpriseStatus status,
    Role role,
    String zone) {

  public boolean admin() {
    return role == Role.ENTERPRISE_ADMIN;
  }
}
