package dev.sitehub.cloud.media;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Snapshot-now requests (table media_snapshot_request) through Hibernate Reactive. Every method
 * returns work for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class SnapshotRequestRepository implements PanacheRepositoryBase<SnapshotRequestEntity, String> {

  Uni<Void> insert(SnapshotRequestEntity r) {
    return persist(r).chain(this::flush);
  }

  Uni<Void> remove(String commandId) {
    return delete("commandId = ?1", commandId).replaceWithVoid();
  }

  /** Records the device's answer on a pending request of that device; how many rows changed. */
  Uni<Integer> answer(
      String commandId, String siteId, String deviceId, String status, String message, Instant at) {
    return update(
        "status = ?1, message = ?2, completedAt = ?3"
            + " where commandId = ?4 and siteId = ?5 and deviceId = ?6 and status = 'pending'",
        status,
        message,
        at,
        commandId,
        siteId,
        deviceId);
  }

  Uni<Boolean> exists(String commandId, String siteId, String deviceId) {
    return count("commandId = ?1 and siteId = ?2 and deviceId = ?3", commandId, siteId, deviceId)
        .map(n -> n > 0);
  }

  /**
   * Completes the oldest open request of the frame's camera made before it arrived; the command id
   * it completed, or null. One statement on purpose: it runs for every "request" frame, and SKIP
   * LOCKED lets two instances archiving two frames complete two different requests.
   */
  Uni<String> complete(Snapshot s, Instant now) {
    return getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "UPDATE media_snapshot_request SET status = 'done', snapshot_id = ?1,"
                            + " completed_at = ?2 WHERE command_id = (SELECT command_id"
                            + " FROM media_snapshot_request WHERE site_id = ?3 AND device_id = ?4"
                            + " AND camera_id = ?5 AND snapshot_id IS NULL"
                            + " AND status IN ('pending', 'accepted') AND requested_at <= ?6"
                            + " ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                            + " RETURNING command_id",
                        String.class)
                    .setParameter(1, s.id())
                    .setParameter(2, now)
                    .setParameter(3, s.siteId())
                    .setParameter(4, s.deviceId())
                    .setParameter(5, s.cameraId())
                    .setParameter(6, s.receivedAt())
                    .getResultList())
        .map(l -> l.isEmpty() ? null : l.get(0));
  }

  Uni<Optional<SnapshotRequestEntity>> find(String siteId, String commandId) {
    return find("siteId = ?1 and commandId = ?2", siteId, commandId)
        .firstResult()
        .map(Optional::ofNullable);
  }
}
