package dev.sitehub.cloud.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The notification log, user preferences and the webhook outbox through Hibernate Reactive; each
 * method is work for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<NotificationEntity, Long> {
  // SKIP LOCKED: another instance polling at the same moment takes other rows, never these.
  // Exactly the mapped columns: Hibernate Reactive fails on an unmapped one (created_at).
  private static final String DUE =
      "SELECT id, site_id, alert_id, url, body, attempts, next_attempt_at, delivered_at,"
          + " failed_at, last_error FROM webhook_outbox WHERE delivered_at IS NULL AND failed_at IS NULL"
          + " AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :max"
          + " FOR UPDATE SKIP LOCKED";

  Uni<Void> log(List<NotificationLog.Entry> entries) {
    return getSession()
        .chain(s -> s.persistAll(entries.stream().map(NotificationEntity::new).toArray()))
        .chain(this::flush);
  }

  Uni<List<NotificationLog.Entry>> logOf(long alertId) {
    return list("alertId = ?1 order by id", alertId)
        .map(l -> l.stream().map(NotificationEntity::entry).toList());
  }

  /** The stored preferences of those users who saved any, by user id. */
  Uni<Map<String, NotificationPreference>> preferences(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from PreferenceEntity where userId in ?1", PreferenceEntity.class)
                    .setParameter(1, userIds)
                    .getResultList())
        .map(
            l ->
                l.stream()
                    .map(PreferenceEntity::view)
                    .collect(
                        Collectors.toMap(NotificationPreference::userId, Function.identity())));
  }

  Uni<Void> savePreference(NotificationPreference p, Instant now) {
    return getSession()
        .chain(
            s ->
                s.find(PreferenceEntity.class, p.userId())
                    .chain(
                        found -> {
                          PreferenceEntity row =
                              found == null ? new PreferenceEntity(p.userId()) : found;
                          row.set(p, now);
                          return (found == null ? s.persist(row) : Uni.createFrom().voidItem())
                              .chain(s::flush);
                        }));
  }

  Uni<Void> enqueue(String siteId, long alertId, String url, String body) {
    return getSession()
        .chain(s -> s.persist(new OutboxEntity(siteId, alertId, url, body)).chain(s::flush));
  }

  /**
   * Locks up to {@code max} deliveries due at {@code now} and leases them until {@code leaseEnd}:
   * until then no poll (of this or another instance) takes them again, while this one sends them
   * outside any transaction.
   */
  Uni<List<WebhookOutbox.Delivery>> claimDue(Instant now, int max, Instant leaseEnd) {
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(DUE, OutboxEntity.class)
                    .setParameter("now", now)
                    .setParameter("max", max)
                    .getResultList()
                    .chain(
                        rows -> {
                          rows.forEach(r -> r.nextAttemptAt = leaseEnd);
                          return s.flush()
                              .replaceWith(rows.stream().map(OutboxEntity::delivery).toList());
                        }));
  }

  Uni<Void> delivered(long id, Instant at) {
    return outboxRow(id)
        .invoke(
            r -> {
              r.deliveredAt = at;
              r.attempts++;
              r.lastError = null;
            })
        .chain(this::flush);
  }

  /** Records a failed attempt: retry at {@code next}, or give up when {@code next} is null. */
  Uni<Void> failed(long id, String error, Instant next, Instant now) {
    return outboxRow(id)
        .invoke(
            r -> {
              r.attempts++;
              r.lastError = error;
              if (next != null) {
                r.nextAttemptAt = next;
              }
              r.failedAt = next == null ? now : null;
            })
        .chain(this::flush);
  }

  Uni<List<WebhookOutbox.Status>> outboxOf(long alertId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from OutboxEntity where alertId = ?1 order by id", OutboxEntity.class)
                    .setParameter(1, alertId)
                    .getResultList())
        .map(l -> l.stream().map(OutboxEntity::status).toList());
  }

  private Uni<OutboxEntity> outboxRow(long id) {
    return getSession().chain(s -> s.find(OutboxEntity.class, id));
  }
}
