package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.Topics;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Checks that the caller is a member of the site a request names, deny by default. */
@RequestScoped
public class SiteAccess {
  private final SecurityIdentity identity;
  private final SiteDirectory directory;

  public SiteAccess(SecurityIdentity identity, SiteDirectory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  /** The caller's user id, after checking membership of {@code siteId}. */
  public String requireMember(String siteId) {
    if (!Topics.isValidId(siteId)) {
      throw AlertApiException.badRequest(
          "invalid-site-id", "site id must match [A-Za-z0-9_-]{1,64}");
    }
    String user = userId();
    if (!directory.isMember(user, siteId)) {
      throw new AlertApiException(
          403, "not-a-site-member", "Forbidden", "you are not a member of site " + siteId);
    }
    return user;
  }

  public String userId() {
    return identity.getPrincipal().getName();
  }
}
