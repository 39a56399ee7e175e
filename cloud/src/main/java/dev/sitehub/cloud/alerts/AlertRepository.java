package dev.sitehub.cloud.alerts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Alerts through Hibernate Reactive; each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}. Lifecycle steps lock the row they change, so two instances
 * (or a person and the engine) never both move the same alert.
 */
@ApplicationScoped
class AlertRepository implements PanacheRepositoryBase<AlertEntity, Long> {
  // One statement for insert-or-repeat: the partial unique index decides, not a racy look-up.
  private static final String UPSERT =
      "INSERT INTO alert (site_id, type, source, severity, status, detail_kind, detail_subject,"
          + " detail_value, detail_limit, detail_unit, detail_device, detail_when, detail_count,"
          + " first_seen, last_seen) VALUES (:site, :type, :source, :severity, 'OPEN', :kind,"
          + " :subject, :value, :limit, :unit, :device, :when, :count, :seen, :seen)"
          + " ON CONFLICT (site_id, type, source) WHERE status <> 'RESOLVED' DO UPDATE SET"
          + " occurrences = alert.occurrences + 1, message = NULL,"
          + " detail_kind = EXCLUDED.detail_kind, detail_subject = EXCLUDED.detail_subject,"
          + " detail_value = EXCLUDED.detail_value, detail_limit = EXCLUDED.detail_limit,"
          + " detail_unit = EXCLUDED.detail_unit, detail_device = EXCLUDED.detail_device,"
          + " detail_when = EXCLUDED.detail_when, detail_count = EXCLUDED.detail_count,"
          + " last_seen = GREATEST(alert.last_seen, EXCLUDED.last_seen)"
          + " RETURNING *";

  /** Opens the alert or counts a repeat of the unresolved one with the same key. */
  Uni<AlertChange> raise(
      String siteId,
      String type,
      String source,
      Severity severity,
      AlertDetail detail,
      Instant seenAt) {
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(UPSERT, AlertEntity.class)
                    .setParameter("site", siteId)
                    .setParameter("type", type)
                    .setParameter("source", source)
                    .setParameter("severity", severity.name())
                    .setParameter("kind", detail.kind().name())
                    .setParameter("subject", detail.subject())
                    .setParameter("value", detail.value())
                    .setParameter("limit", detail.limit())
                    .setParameter("unit", detail.unit())
                    .setParameter("device", detail.device())
                    .setParameter("when", detail.when())
                    .setParameter("count", detail.count())
                    .setParameter("seen", seenAt)
                    .getSingleResult())
        // A new row starts at one occurrence; the update branch always makes it two or more.
        .map(
            a ->
                new AlertChange(
                    a.occurrences == 1 ? ChangeKind.OPENED : ChangeKind.REPEATED, a.view()));
  }

  /** The unresolved alert with this key, locked, or null. */
  Uni<AlertEntity> lockUnresolved(String siteId, String type, String source) {
    return find(
            "siteId = ?1 and type = ?2 and source = ?3 and status <> ?4",
            siteId,
            type,
            source,
            AlertStatus.RESOLVED)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  /** The site's alert with this id, locked, or null. */
  Uni<AlertEntity> lock(String siteId, long id) {
    return find("id = ?1 and siteId = ?2", id, siteId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  /** The alert with this id, locked, or null. */
  Uni<AlertEntity> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  Uni<List<Alert>> openCritical() {
    return list(
            "status = ?1 and severity = ?2 order by openedAt, id",
            AlertStatus.OPEN,
            Severity.CRITICAL)
        .map(AlertRepository::views);
  }

  Uni<List<Alert>> unresolvedFromSources(String prefix) {
    String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return list(
            "status <> ?1 and source like ?2 escape '\\' order by id",
            AlertStatus.RESOLVED,
            pattern)
        .map(AlertRepository::views);
  }

  Uni<Optional<Alert>> find(String siteId, long id) {
    return find("id = ?1 and siteId = ?2", id, siteId)
        .firstResult()
        .map(a -> Optional.ofNullable(a).map(AlertEntity::view));
  }

  Uni<List<Alert>> list(
      String siteId, AlertStatus status, Severity severity, String type, int limit) {
    if (limit <= 0) {
      return Uni.createFrom().item(List.of());
    }
    StringBuilder q = new StringBuilder("siteId = ?1");
    List<Object> args = new ArrayList<>(List.of(siteId));
    if (status != null) {
      args.add(status);
      q.append(" and status = ?").append(args.size());
    }
    if (severity != null) {
      args.add(severity);
      q.append(" and severity = ?").append(args.size());
    }
    if (type != null) {
      args.add(type);
      q.append(" and type = ?").append(args.size());
    }
    q.append(" order by lastSeen desc, id desc");
    return find(q.toString(), args.toArray())
        .range(0, limit - 1)
        .list()
        .map(AlertRepository::views);
  }

  Uni<List<Alert>> inbox(
      List<String> siteIds, Set<AlertStatus> statuses, Severity severity, int limit) {
    if (limit <= 0) {
      return Uni.createFrom().item(List.of());
    }
    String q = "siteId in ?1 and status in ?2";
    Object[] args =
        severity == null
            ? new Object[] {siteIds, statuses}
            : new Object[] {siteIds, statuses, severity};
    if (severity != null) {
      q += " and severity = ?3";
    }
    return find(q + " order by lastSeen desc, id desc", args)
        .range(0, limit - 1)
        .list()
        .map(AlertRepository::views);
  }

  private static List<Alert> views(List<AlertEntity> l) {
    return l.stream().map(AlertEntity::view).toList();
  }
}
