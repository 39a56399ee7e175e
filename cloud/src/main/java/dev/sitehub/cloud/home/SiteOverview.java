package dev.sitehub.cloud.home;

import dev.sitehub.cloud.devices.FleetQuery;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.telemetry.SiteActivity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read-only summaries for the landing pages: per site the device and online counts and the newest
 * sign of life (status, reading or event). Devices and telemetry each answer one batch question.
 */
@ApplicationScoped
class SiteOverview {
  private final FleetQuery fleet;
  private final SiteActivity activity;

  SiteOverview(FleetQuery fleet, SiteActivity activity) {
    this.fleet = fleet;
    this.activity = activity;
  }

  /** One line per site, in the order given. */
  public List<SiteSummary> sites(List<Site> sites) {
    List<String> ids = sites.stream().map(Site::siteId).toList();
    Map<String, FleetQuery.SiteFleet> boxes = fleet.perSite(ids);
    Map<String, Instant> latest = activity.latest(ids);
    return sites.stream()
        .map(
            s -> {
              FleetQuery.SiteFleet f = boxes.getOrDefault(s.siteId(), FleetQuery.SiteFleet.EMPTY);
              Instant last = later(latest.get(s.siteId()), f.lastSeen());
              return new SiteSummary(
                  s.siteId(),
                  s.name(),
                  s.address(),
                  f.devices(),
                  f.online(),
                  last == null ? null : PortalContext.time(last, s.timezone()));
            })
        .toList();
  }

  /** Every device on the platform, for operators, by site name; at most {@code limit}. */
  public List<DeviceSummary> allDevices(List<Site> sites, int limit) {
    Map<String, Site> byId =
        sites.stream().collect(Collectors.toMap(Site::siteId, Function.identity()));
    return fleet.all(limit).stream()
        .filter(b -> byId.containsKey(b.siteId()))
        .sorted(Comparator.comparing(b -> byId.get(b.siteId()).name()))
        .map(
            b -> {
              Site s = byId.get(b.siteId());
              return new DeviceSummary(
                  b.deviceId(),
                  b.siteId(),
                  s.name(),
                  b.online(),
                  b.revoked(),
                  b.lastSeen() == null ? null : PortalContext.time(b.lastSeen(), s.timezone()));
            })
        .toList();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
