package dev.sitehub.cloud.alerts;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told about every alert change: first inside the transaction that made it (for durable outboxes),
 * then after commit (for live delivery).
 */
public interface AlertListener {

  /** Writes what must commit together with the change; must not do I/O outside the database. */
  default void inTransaction(Connection connection, AlertChange change) throws SQLException {}

  /** Delivers the change once it is committed; must not block. */
  void afterCommit(AlertChange change);
}
