package dev.sitehub.cloud.sites;

import java.util.Optional;
import java.util.Set;

/**
 * Who a site's contract names, asked by the site's membership rules and answered by the feature
 * that owns contracts and projects (sites cannot depend on it: contracts creates sites).
 */
public interface SiteParties {

  /** The customer of the project on this site, if a contract has been filed for it. */
  Optional<String> customerOf(String siteId);

  /** The customer and every staff member the site's filed contracts name; empty without one. */
  Set<String> partiesOf(String siteId);
}
