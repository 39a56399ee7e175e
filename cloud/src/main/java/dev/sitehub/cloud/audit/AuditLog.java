package dev.sitehub.cloud.audit;

import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * The audit log: who did what and when. A feature records inside its own unit of work ({@link
 * #recording}), so an act and its audit row commit together or not at all; nothing can change or
 * remove a row afterwards (the table's trigger refuses it).
 */
@ApplicationScoped
public class AuditLog {
  static final int MAX_ROWS = 500;

  private final AuditRepository repository;
  private final UnitOfWork work;
  private final Clock clock;

  AuditLog(AuditRepository repository, UnitOfWork work, Clock clock) {
    this.repository = repository;
    this.work = work;
    this.clock = clock;
  }

  /** Work for the caller's unit of work: appends {@code entry} stamped now. */
  public Uni<Void> recording(AuditEntry entry) {
    return repository.append(new AuditEventEntity(entry, clock.instant()));
  }

  /** Records in a unit of work of its own, for acts that did not run in one. */
  public void record(AuditEntry entry) {
    work.write(() -> recording(entry));
  }

  /** The newest events of every project and site, optionally of one action (operators). */
  public List<AuditView> newest(AuditAction action, int limit) {
    return work.read(() -> repository.newest(action, clamp(limit)));
  }

  /** The newest events of one project, its site and its contract. */
  public List<AuditView> ofProject(String projectId, ProjectAuditScope.Scope scope, int limit) {
    return work.read(() -> repository.ofProject(projectId, scope, clamp(limit)));
  }

  private static int clamp(int limit) {
    return Math.max(1, Math.min(limit, MAX_ROWS));
  }
}
