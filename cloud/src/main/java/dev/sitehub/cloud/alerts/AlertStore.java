package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Stores alerts and moves them through their lifecycle. Every change runs in one unit of work that
 * also lets each {@link AlertListener} write its outbox rows, and listeners hear of it after
 * commit.
 */
@ApplicationScoped
public class AlertStore {
  private static final Logger LOG = Logger.getLogger(AlertStore.class);
  static final String SYSTEM_USER = "system";

  private final AlertRepository alerts;
  private final UnitOfWork work;
  private final Instance<AlertListener> listeners;

  AlertStore(AlertRepository alerts, UnitOfWork work, Instance<AlertListener> listeners) {
    this.alerts = alerts;
    this.work = work;
    this.listeners = listeners;
  }

  /**
   * Opens an alert, or counts a repeat of the unresolved one with the same (site, type, source).
   */
  public AlertChange raise(
      String siteId,
      String type,
      String source,
      Severity severity,
      AlertDetail detail,
      Instant seenAt) {
    return change(
            () -> alerts.raise(siteId, type, source, severity, detail, seenAt).map(Optional::of))
        .orElseThrow();
  }

  /** Resolves the unresolved alert with this key, if any, as the system. */
  public Optional<AlertChange> autoResolve(
      String siteId, String type, String source, Instant at, String comment) {
    return change(
        () -> alerts.lockUnresolved(siteId, type, source),
        a -> {
          a.resolve(SYSTEM_USER, at, comment);
          return new AlertChange(ChangeKind.RESOLVED, a.view());
        });
  }

  /** Acknowledges an open alert; empty if it is not open (or not this site's). */
  public Optional<AlertChange> acknowledge(
      String siteId, long id, String userId, String comment, Instant at) {
    return change(
        () -> alerts.lock(siteId, id),
        a -> {
          if (a.status != AlertStatus.OPEN) {
            return null;
          }
          a.acknowledge(userId, at, comment);
          return new AlertChange(ChangeKind.ACKNOWLEDGED, a.view());
        });
  }

  /** Resolves an open or acknowledged alert; empty if it is already resolved. */
  public Optional<AlertChange> resolve(
      String siteId, long id, String userId, String comment, Instant at) {
    return change(
        () -> alerts.lock(siteId, id),
        a -> {
          if (a.status == AlertStatus.RESOLVED) {
            return null;
          }
          a.resolve(userId, at, comment);
          return new AlertChange(ChangeKind.RESOLVED, a.view());
        });
  }

  /**
   * Moves an open alert from escalation level {@code fromLevel} to the next, telling {@code
   * target}. Empty if another instance already did, or it was acknowledged meanwhile.
   */
  public Optional<AlertChange> escalate(long id, int fromLevel, String target) {
    return change(
        () -> alerts.lock(id),
        a -> {
          if (a.escalationLevel != fromLevel || a.status != AlertStatus.OPEN) {
            return null;
          }
          a.escalationLevel++;
          return new AlertChange(ChangeKind.ESCALATED, a.view(), target);
        });
  }

  /** Open critical alerts, oldest first: the escalation candidates. */
  public List<Alert> openCritical() {
    return work.read(alerts::openCritical);
  }

  /** Unresolved alerts of every site whose source starts with {@code prefix}. */
  public List<Alert> unresolvedFromSources(String prefix) {
    return work.read(() -> alerts.unresolvedFromSources(prefix));
  }

  public Optional<Alert> find(String siteId, long id) {
    return work.read(() -> alerts.find(siteId, id));
  }

  /** A site's alerts, newest first, filtered by whichever of the criteria are non-null. */
  public List<Alert> list(
      String siteId, AlertStatus status, Severity severity, String type, int limit) {
    return work.read(() -> alerts.list(siteId, status, severity, type, limit));
  }

  /**
   * Alerts of several sites in the given states, newest first: a supervisor's inbox. An empty site
   * list or state set matches nothing.
   */
  public List<Alert> inbox(
      List<String> siteIds, Set<AlertStatus> statuses, Severity severity, int limit) {
    if (siteIds.isEmpty() || statuses.isEmpty()) {
      return List.of();
    }
    return work.read(() -> alerts.inbox(siteIds, statuses, severity, limit));
  }

  /** Changes a locked alert ({@code step} returns null when the alert is not in a state for it). */
  private Optional<AlertChange> change(
      Supplier<Uni<AlertEntity>> locked, Function<AlertEntity, AlertChange> step) {
    return change(
        () ->
            locked
                .get()
                .chain(
                    a -> {
                      AlertChange c = a == null ? null : step.apply(a);
                      return c == null
                          ? Uni.createFrom().item(Optional.<AlertChange>empty())
                          : alerts.flush().replaceWith(Optional.of(c));
                    }));
  }

  /**
   * Runs the change and every listener's transactional part in one unit of work, then publishes the
   * committed change.
   */
  private Optional<AlertChange> change(Supplier<Uni<Optional<AlertChange>>> made) {
    Optional<AlertChange> change =
        work.write(
            () ->
                made.get()
                    .call(
                        c -> c.isPresent() ? inTransaction(c.get()) : Uni.createFrom().voidItem()));
    change.ifPresent(this::publish);
    return change;
  }

  private Uni<Void> inTransaction(AlertChange change) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (AlertListener l : listeners) {
      all = all.chain(() -> l.inTransaction(change));
    }
    return all;
  }

  private void publish(AlertChange change) {
    Alert a = change.alert();
    if (change.kind() != ChangeKind.REPEATED) {
      LOG.infof(
          "alert %s id=%d site=%s type=%s source=%s severity=%s",
          change.kind(), a.id(), a.siteId(), a.type(), a.source(), a.severity());
    }
    for (AlertListener l : listeners) {
      try {
        l.afterCommit(change);
      } catch (RuntimeException e) {
        LOG.errorf(e, "alert listener failed id=%d site=%s", a.id(), a.siteId());
      }
    }
  }
}
