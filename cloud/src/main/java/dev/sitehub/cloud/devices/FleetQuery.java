package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fleet questions of the landing pages: boxes per site and the platform's device list. */
@ApplicationScoped
public class FleetQuery {
  private static final String PER_SITE =
      "select d.siteId, sum(case when d.revokedAt is null then 1 else 0 end),"
          + " sum(case when d.revokedAt is null and st.online = true then 1 else 0 end),"
          + " max(st.lastSeen)"
          + " from Device d left join DeviceStatus st on st.deviceId = d.deviceId"
          + " where d.siteId in ?1 group by d.siteId";
  private static final String ALL =
      "select d.deviceId, d.siteId, coalesce(st.online, false), d.revokedAt, st.lastSeen"
          + " from Device d left join DeviceStatus st on st.deviceId = d.deviceId"
          + " order by d.provisionedAt, d.deviceId";
  private final DeviceRepository repository;
  private final UnitOfWork work;

  FleetQuery(DeviceRepository repository, UnitOfWork work) {
    this.repository = repository;
    this.work = work;
  }

  /** A site's boxes: how many are in service, how many are online, when one was last seen. */
  public record SiteFleet(int devices, int online, Instant lastSeen) {
    public static final SiteFleet EMPTY = new SiteFleet(0, 0, null);
  }

  /** One box of the platform, for operators. */
  public record Box(
      String deviceId, String siteId, boolean online, boolean revoked, Instant lastSeen) {}

  /** Each site's fleet; sites without boxes are absent. */
  public Map<String, SiteFleet> perSite(List<String> siteIds) {
    Map<String, SiteFleet> out = new HashMap<>();
    if (siteIds.isEmpty()) {
      return out;
    }
    List<Object[]> rows =
        work.read(
            () ->
                repository
                    .getSession()
                    .chain(
                        s ->
                            s.createSelectionQuery(PER_SITE, Object[].class)
                                .setParameter(1, siteIds)
                                .getResultList()));
    for (Object[] r : rows) {
      out.put(
          (String) r[0],
          new SiteFleet(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (Instant) r[3]));
    }
    return out;
  }

  /** Every box on the platform in the order they were provisioned; at most {@code limit}. */
  public List<Box> all(int limit) {
    List<Object[]> rows =
        work.read(
            () ->
                repository
                    .getSession()
                    .chain(
                        s ->
                            s.createSelectionQuery(ALL, Object[].class)
                                .setMaxResults(limit)
                                .getResultList()));
    return rows.stream()
        .map(
            r ->
                new Box((String) r[0], (String) r[1], (Boolean) r[2], r[3] != null, (Instant) r[4]))
        .toList();
  }
}
