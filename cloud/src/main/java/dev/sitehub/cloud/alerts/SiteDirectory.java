package dev.sitehub.cloud.alerts;

import java.util.List;

/**
 * Who belongs to a site: the narrow view of the accounts model that alerting needs, for the
 * membership check of its endpoints and for choosing whom to notify.
 */
public interface SiteDirectory {

  boolean isMember(String userId, String siteId);

  List<SiteMember> members(String siteId);
}
