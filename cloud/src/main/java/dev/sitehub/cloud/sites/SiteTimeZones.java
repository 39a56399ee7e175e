package dev.sitehub.cloud.sites;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The time zone of each site, for features that read it inside their own unit of work. */
@ApplicationScoped
public class SiteTimeZones {
  private final SiteRepository sites;

  SiteTimeZones(SiteRepository sites) {
    this.sites = sites;
  }

  /** Work that reads the site's time zone id in the caller's session; empty for no such site. */
  public Uni<Optional<String>> zoneOf(String siteId) {
    return sites.findById(siteId).map(s -> Optional.ofNullable(s).map(e -> e.timezone));
  }
}
