package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Snapshot metadata (table media_snapshot) through Hibernate Reactive. Every method returns work
 * for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class SnapshotRepository implements PanacheRepositoryBase<SnapshotEntity, Long> {
  private static final String CAMERA = "siteId = ?1 and deviceId = ?2 and cameraId = ?3";

  /**
   * Inserts the row in one statement; empty when the same frame (camera, time, seq) was archived
   * already. One statement on purpose: it runs once per arriving frame.
   */
  Uni<Optional<Snapshot>> insert(Snapshot s) {
    return native1(
            "INSERT INTO media_snapshot (site_id, device_id, camera_id, taken_at, seq, reason,"
                + " width, height, motion_score, size_bytes, sha256, storage_key, received_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
                + " ON CONFLICT DO NOTHING RETURNING *",
            s.siteId(),
            s.deviceId(),
            s.cameraId(),
            s.takenAt(),
            s.seq(),
            s.reason().wireName(),
            s.width(),
            s.height(),
            s.motionScore(),
            s.sizeBytes(),
            s.sha256(),
            s.storageKey(),
            s.receivedAt())
        .map(l -> l.stream().findFirst());
  }

  Uni<Optional<Snapshot>> find(String siteId, long id) {
    return first(find("siteId = ?1 and id = ?2", siteId, id).firstResult());
  }

  Uni<Optional<Snapshot>> latest(String siteId, String deviceId, String cameraId) {
    return first(find(CAMERA + " order by takenAt desc", siteId, deviceId, cameraId).firstResult());
  }

  Uni<Optional<Snapshot>> latestSince(
      String siteId, String deviceId, String cameraId, FrameReason reason, Instant since) {
    return first(
        find(
                CAMERA + " and reason = ?4 and receivedAt >= ?5 order by takenAt desc",
                siteId,
                deviceId,
                cameraId,
                reason.wireName(),
                since)
            .firstResult());
  }

  /** The newest snapshot of each camera of the site, in device and camera order. */
  Uni<List<Snapshot>> latestOfEachCamera(String siteId) {
    // DISTINCT ON picks each camera's newest row in one pass; HQL has no equivalent.
    return native1(
        "SELECT DISTINCT ON (device_id, camera_id) * FROM media_snapshot WHERE site_id = ?1"
            + " ORDER BY device_id, camera_id, taken_at DESC",
        siteId);
  }

  /** The site's still closest to {@code at} within the window; ties go to the earlier still. */
  Uni<Optional<Snapshot>> nearest(String siteId, Instant at, Duration window) {
    return native1(
            "SELECT * FROM media_snapshot WHERE site_id = ?1 AND taken_at BETWEEN ?2 AND ?3"
                + " ORDER BY abs(extract(epoch FROM taken_at - CAST(?4 AS timestamptz))),"
                + " taken_at, id LIMIT 1",
            siteId,
            at.minus(window),
            at.plus(window),
            at)
        .map(l -> l.stream().findFirst());
  }

  /** One still per UTC day (the daily one first) for the last {@code days} days. */
  Uni<List<Snapshot>> perDay(String siteId, Instant from, Instant to, int days) {
    return native1(
        "SELECT * FROM (SELECT DISTINCT ON (date_trunc('day', taken_at AT TIME ZONE 'UTC')) *"
            + " FROM media_snapshot WHERE site_id = ?1 AND taken_at >= ?2 AND taken_at < ?3"
            + " ORDER BY date_trunc('day', taken_at AT TIME ZONE 'UTC') DESC,"
            + " (reason = 'daily') DESC, taken_at, id) d LIMIT ?4",
        siteId,
        from,
        to,
        days);
  }

  /** The {@code latest} newest stills of the period. */
  Uni<List<Snapshot>> newest(String siteId, Instant from, Instant to, int latest) {
    if (latest <= 0) {
      return Uni.createFrom().item(List.of());
    }
    return list(
        find(
                "siteId = ?1 and takenAt >= ?2 and takenAt < ?3 order by takenAt desc, id desc",
                siteId,
                from,
                to)
            .range(0, latest - 1));
  }

  /** Snapshots matching the query, oldest first (the order a time-lapse needs). */
  Uni<List<Snapshot>> search(SnapshotQuery q) {
    if (q.limit() <= 0) {
      return Uni.createFrom().item(List.of());
    }
    StringBuilder where = new StringBuilder("siteId = ?1");
    List<Object> args = new ArrayList<>();
    args.add(q.siteId());
    q.cameraId()
        .ifPresent(
            cam -> {
              args.add(cam);
              where.append(" and cameraId = ?").append(args.size());
            });
    q.from()
        .ifPresent(
            t -> {
              args.add(t);
              where.append(" and takenAt >= ?").append(args.size());
            });
    q.to()
        .ifPresent(
            t -> {
              args.add(t);
              where.append(" and takenAt < ?").append(args.size());
            });
    if (!q.reasons().isEmpty()) {
      args.add(q.reasons().stream().map(FrameReason::wireName).toList());
      where.append(" and reason in ?").append(args.size());
    }
    where.append(" order by takenAt, id");
    return list(find(where.toString(), args.toArray()).range(0, q.limit() - 1));
  }

  /** Up to {@code limit} snapshots of one reason taken before the cutoff, oldest first. */
  Uni<List<Snapshot>> expired(FrameReason reason, Instant cutoff, int limit) {
    if (limit <= 0) {
      return Uni.createFrom().item(List.of());
    }
    return list(
        find("reason = ?1 and takenAt < ?2 order by takenAt", reason.wireName(), cutoff)
            .range(0, limit - 1));
  }

  Uni<Void> delete(long id) {
    return delete("id = ?1", id).replaceWithVoid();
  }

  private Uni<List<Snapshot>> native1(String sql, Object... args) {
    return getSession()
        .chain(
            s -> {
              var q = s.createNativeQuery(sql, SnapshotEntity.class);
              for (int i = 0; i < args.length; i++) {
                q.setParameter(i + 1, args[i]);
              }
              return q.getResultList();
            })
        .map(l -> l.stream().map(SnapshotEntity::view).toList());
  }

  private static Uni<List<Snapshot>> list(
      io.quarkus.hibernate.reactive.panache.PanacheQuery<SnapshotEntity> q) {
    return q.list().map(l -> l.stream().map(SnapshotEntity::view).toList());
  }

  private static Uni<Optional<Snapshot>> first(Uni<SnapshotEntity> e) {
    return e.map(x -> Optional.ofNullable(x).map(SnapshotEntity::view));
  }
}
