package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberRoles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Site members as the accounts feature knows them: a member holding the SUPERVISOR role is told as
 * a supervisor, one holding HOMEOWNER as a homeowner.
 */
@ApplicationScoped
class AccountsSiteDirectory implements SiteDirectory {
  private final SiteMemberRoles members;

  public AccountsSiteDirectory(SiteMemberRoles members) {
    this.members = members;
  }

  @Override
  public boolean isMember(String userId, String siteId) {
    return members(siteId).stream().anyMatch(m -> m.userId().equals(userId));
  }

  @Override
  public List<SiteMember> members(String siteId) {
    List<SiteMember> out = new ArrayList<>();
    for (Map.Entry<String, Set<Role>> m : members.of(siteId).entrySet()) {
      SiteRole role =
          m.getValue().contains(Role.SUPERVISOR)
              ? SiteRole.SUPERVISOR
              : m.getValue().contains(Role.HOMEOWNER) ? SiteRole.HOMEOWNER : SiteRole.OTHER;
      out.add(new SiteMember(m.getKey(), role));
    }
    return out;
  }
}
