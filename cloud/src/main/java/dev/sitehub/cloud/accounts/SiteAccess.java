package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one membership check every site-scoped endpoint calls: members of the site pass, operators
 * pass for every site, everyone else gets 403 (whether or not the site exists, to not leak ids).
 */
@ApplicationScoped
public class SiteAccess {
  private final SiteMemberships memberships;

  SiteAccess(SiteMemberships memberships) {
    this.memberships = memberships;
  }

  public void requireMember(JsonWebToken caller, String siteId) {
    if (!canAccess(caller, siteId)) {
      throw ProblemException.forbidden("site-access-denied", "not a member of this site");
    }
  }

  public boolean canAccess(JsonWebToken caller, String siteId) {
    if (caller == null || caller.getSubject() == null) {
      return false;
    }
    if (isOperator(caller)) {
      return true;
    }
    return siteId != null && memberships.isMember(siteId, caller.getSubject());
  }

  public static boolean isOperator(JsonWebToken caller) {
    return caller.getGroups() != null && caller.getGroups().contains(Role.OPERATOR_NAME);
  }
}
