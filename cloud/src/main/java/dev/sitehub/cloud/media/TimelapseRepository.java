package dev.sitehub.cloud.media;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Time-lapse jobs (table media_timelapse_job) through Hibernate Reactive. Every method returns work
 * for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class TimelapseRepository implements PanacheRepositoryBase<TimelapseJobEntity, UUID> {
  private static final String OPEN = "status in ('queued', 'running')";

  Uni<TimelapseJob> insert(UUID id, TimelapseRequest r, Instant now) {
    String reasons =
        r.reasons().stream().map(x -> x.wireName()).sorted().collect(Collectors.joining(","));
    TimelapseJobEntity job = new TimelapseJobEntity(id, r, reasons, now);
    return persist(job).call(this::flush).map(TimelapseJobEntity::view);
  }

  Uni<Optional<TimelapseJob>> find(String siteId, UUID id) {
    return find("siteId = ?1 and id = ?2", siteId, id)
        .firstResult()
        .map(j -> Optional.ofNullable(j).map(TimelapseJobEntity::view));
  }

  /** The site's newest jobs first. */
  Uni<List<TimelapseJob>> recent(String siteId, int limit) {
    if (limit <= 0) {
      return Uni.createFrom().item(List.of());
    }
    return find("siteId = ?1 order by createdAt desc, id", siteId)
        .range(0, limit - 1)
        .list()
        .map(l -> l.stream().map(TimelapseJobEntity::view).toList());
  }

  Uni<Integer> started(UUID id, int framesTotal) {
    return update("status = 'running', framesTotal = ?1 where id = ?2", framesTotal, id);
  }

  Uni<Integer> progress(UUID id, int framesDone) {
    return update("framesDone = ?1 where id = ?2", framesDone, id);
  }

  Uni<Integer> done(UUID id, int framesDone, String key, long bytes, Instant now) {
    return update(
        "status = 'done', framesDone = ?1, resultKey = ?2, resultBytes = ?3, finishedAt = ?4"
            + " where id = ?5",
        framesDone,
        key,
        bytes,
        now,
        id);
  }

  Uni<Integer> failed(UUID id, String error, Instant now) {
    return update("status = 'failed', error = ?1, finishedAt = ?2 where id = ?3", error, now, id);
  }

  /** Marks the given open jobs as still owned by a live instance. */
  Uni<Integer> touch(Collection<UUID> ids, Instant now) {
    return update("heartbeatAt = ?1 where id in ?2 and " + OPEN, now, List.copyOf(ids));
  }

  /** Fails open jobs whose instance stopped touching them before {@code cutoff}. */
  Uni<Integer> abandonStale(Instant cutoff, Instant now) {
    return update(
        "status = 'failed', finishedAt = ?1,"
            + " error = 'abandoned: the instance rendering it stopped; request it again'"
            + " where "
            + OPEN
            + " and heartbeatAt < ?2",
        now,
        cutoff);
  }
}
