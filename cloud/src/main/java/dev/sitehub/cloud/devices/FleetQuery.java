package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.telemetry.DeviceLiveness;
import dev.sitehub.cloud.telemetry.DeviceLiveness.Liveness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The fleet questions of the landing pages: boxes per site and the platform's device list. */
@ApplicationScoped
public class FleetQuery {
  private final DeviceRepository repository;
  private final DeviceLiveness liveness;
  private final UnitOfWork work;

  FleetQuery(DeviceRepository repository, DeviceLiveness liveness, UnitOfWork work) {
    this.repository = repository;
    this.liveness = liveness;
    this.work = work;
  }

  /** A site's boxes: how many are in service, how many are online, when one was last seen. */
  public record SiteFleet(int devices, int online, Instant lastSeen) {
    public static final SiteFleet EMPTY = new SiteFleet(0, 0, null);

    SiteFleet with(Device d, Liveness st) {
      boolean inService = d.revokedAt == null;
      Instant seen = st == null ? null : st.lastSeen();
      Instant latest =
          lastSeen == null || (seen != null && seen.isAfter(lastSeen)) ? seen : lastSeen;
      return new SiteFleet(
          devices + (inService ? 1 : 0),
          online + (inService && st != null && st.online() ? 1 : 0),
          latest);
    }
  }

  /** One box of the platform, for operators. */
  public record Box(
      String deviceId, String siteId, boolean online, boolean revoked, Instant lastSeen) {}

  /** Each site's fleet; sites without boxes are absent. */
  public Map<String, SiteFleet> perSite(List<String> siteIds) {
    if (siteIds.isEmpty()) {
      return Map.of();
    }
    return work.read(
        () ->
            withLiveness(
                repository.find("siteId in ?1", siteIds).list(),
                (devices, states) -> {
                  Map<String, SiteFleet> out = new HashMap<>();
                  for (Device d : devices) {
                    out.merge(
                        d.siteId,
                        SiteFleet.EMPTY.with(d, states.get(d.deviceId)),
                        (a, b) -> a.with(d, states.get(d.deviceId)));
                  }
                  return out;
                }));
  }

  /** Every box on the platform in the order they were provisioned; at most {@code limit}. */
  public List<Box> all(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return work.read(
        () ->
            withLiveness(
                repository.find("order by provisionedAt, deviceId").range(0, limit - 1).list(),
                (devices, states) ->
                    devices.stream()
                        .map(
                            d -> {
                              Liveness st = states.get(d.deviceId);
                              return new Box(
                                  d.deviceId,
                                  d.siteId,
                                  st != null && st.online(),
                                  d.revokedAt != null,
                                  st == null ? null : st.lastSeen());
                            })
                        .toList()));
  }

  private <T> Uni<T> withLiveness(
      Uni<List<Device>> devices, BiFunction<List<Device>, Map<String, Liveness>, T> combine) {
    return devices.chain(
        list ->
            liveness
                .of(list.stream().map(d -> d.deviceId).toList())
                .map(states -> combine.apply(list, states)));
  }
}
