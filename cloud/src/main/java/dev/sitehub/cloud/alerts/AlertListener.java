package dev.sitehub.cloud.alerts;

import io.smallrye.mutiny.Uni;

/**
 * Told about every alert change: first inside the unit of work that made it (for durable outboxes),
 * then after commit (for live delivery).
 */
public interface AlertListener {

  /**
   * Work that must commit together with the change. It joins the caller's reactive session and
   * transaction, so it must only compose repository work (never a blocking service call) and do no
   * I/O outside the database.
   */
  default Uni<Void> inTransaction(AlertChange change) {
    return Uni.createFrom().voidItem();
  }

  /** Delivers the change once it is committed; must not block. */
  void afterCommit(AlertChange change);
}
