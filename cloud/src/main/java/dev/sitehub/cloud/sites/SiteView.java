package dev.sitehub.cloud.sites;

import java.time.Instant;

/** A site as the API shows it. */
public record SiteView(
    String siteId, String name, String address, String timezone, Instant createdAt) {
  static SiteView of(Site s) {
    return new SiteView(s.siteId(), s.name(), s.address(), s.timezone(), s.createdAt());
  }
}
