package dev.sitehub.cloud.telemetry;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether boxes are online, as ingestion last saw them. Ingestion keeps {@code device_status} in
 * the transaction of each batch; the devices feature asks here instead of reading the table. Every
 * method runs on the caller's reactive session, inside the caller's unit of work.
 */
@ApplicationScoped
public class DeviceLiveness {

  /** One box's state; {@code health} is the last heartbeat as JSON text, or null. */
  public record Liveness(boolean online, Instant lastSeen, String health) {}

  /** A box marked offline because it fell silent. */
  public record Silenced(String siteId, String deviceId) {}

  /** The state of each of {@code deviceIds} that ingestion has ever heard from. */
  public Uni<Map<String, Liveness>> of(Collection<String> deviceIds) {
    if (deviceIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery("from DeviceStatus where deviceId in ?1", DeviceStatus.class)
                    .setParameter(1, deviceIds)
                    .getResultList())
        .map(
            rows -> {
              Map<String, Liveness> out = new HashMap<>();
              for (DeviceStatus st : rows) {
                out.put(st.deviceId, new Liveness(st.online, st.lastSeen, st.health));
              }
              return out;
            });
  }

  /**
   * Marks offline every online box silent since before {@code silentSince}, under a row lock so a
   * concurrent heartbeat is not overwritten by a stale decision.
   */
  public Uni<List<Silenced>> silenceStale(Instant silentSince, Instant now) {
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from DeviceStatus where online = true and lastSeen < ?1",
                        DeviceStatus.class)
                    .setParameter(1, silentSince)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .map(
                        stale -> {
                          stale.forEach(st -> st.offline(now));
                          return stale.stream()
                              .map(st -> new Silenced(st.siteId, st.deviceId))
                              .toList();
                        })
                    .call(s::flush));
  }
}
