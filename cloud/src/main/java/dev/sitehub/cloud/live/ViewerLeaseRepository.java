package dev.sitehub.cloud.live;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Viewer leases and stream demand through Hibernate Reactive. Every method returns work for a
 * {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class ViewerLeaseRepository implements PanacheRepositoryBase<ViewerLease, String> {
  private static final String CAMERA = "siteId = ?1 and deviceId = ?2 and cameraId = ?3";

  Uni<Void> open(ViewerLease lease) {
    return persist(lease).chain(this::flush);
  }

  Uni<Long> close(String viewerId) {
    return delete("viewerId = ?1", viewerId);
  }

  Uni<Integer> renew(String instanceId, Instant expiresAt) {
    return update("expiresAt = ?1 where instanceId = ?2", expiresAt, instanceId);
  }

  Uni<Long> count(CameraKey c, Instant now) {
    return count(CAMERA + " and expiresAt > ?4", c.siteId(), c.deviceId(), c.cameraId(), now);
  }

  Uni<List<CameraKey>> watched(Instant now) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select distinct siteId, deviceId, cameraId from ViewerLease"
                            + " where expiresAt > ?1",
                        Object[].class)
                    .setParameter(1, now)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(r -> new CameraKey((String) r[0], (String) r[1], (String) r[2]))
                    .toList());
  }

  Uni<Long> purge(Instant cutoff) {
    return delete("expiresAt < ?1", cutoff);
  }

  /**
   * Claims the next stream_start for a camera: true when no instance has asked yet, or the last
   * request ends before {@code renewIfBefore}.
   */
  Uni<Boolean> claimStreamRequest(CameraKey c, Instant until, Instant renewIfBefore) {
    // A conditional upsert is one statement: the row lock elects exactly one of N racing instances.
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO live_stream_demand (site_id, device_id, camera_id,"
                            + " requested_until) VALUES (?1, ?2, ?3, ?4)"
                            + " ON CONFLICT (site_id, device_id, camera_id) DO UPDATE"
                            + " SET requested_until = EXCLUDED.requested_until"
                            + " WHERE live_stream_demand.requested_until < ?5")
                    .setParameter(1, c.siteId())
                    .setParameter(2, c.deviceId())
                    .setParameter(3, c.cameraId())
                    .setParameter(4, until)
                    .setParameter(5, renewIfBefore)
                    .executeUpdate())
        .map(n -> n > 0);
  }

  Uni<Void> releaseStreamRequest(CameraKey c) {
    return getSession()
        .chain(
            s ->
                s.createMutationQuery("delete from StreamDemand where " + CAMERA)
                    .setParameter(1, c.siteId())
                    .setParameter(2, c.deviceId())
                    .setParameter(3, c.cameraId())
                    .executeUpdate())
        .replaceWithVoid();
  }

  Uni<Boolean> streamRequested(CameraKey c, Instant now) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select count(*) from StreamDemand where "
                            + CAMERA
                            + " and requestedUntil > ?4",
                        Long.class)
                    .setParameter(1, c.siteId())
                    .setParameter(2, c.deviceId())
                    .setParameter(3, c.cameraId())
                    .setParameter(4, now)
                    .getSingleResult())
        .map(n -> n > 0);
  }
}
