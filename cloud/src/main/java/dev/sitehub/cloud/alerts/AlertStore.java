package dev.sitehub.cloud.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Stores alerts and moves them through their lifecycle. Every change runs in one transaction that
 * also lets each {@link AlertListener} write its outbox rows, and listeners hear of it after
 * commit.
 */
@ApplicationScoped
public class AlertStore {
  private static final Logger LOG = Logger.getLogger(AlertStore.class);
  static final String SYSTEM_USER = "system";

  private final AgroalDataSource dataSource;
  private final Instance<AlertListener> listeners;

  public AlertStore(AgroalDataSource dataSource, Instance<AlertListener> listeners) {
    this.dataSource = dataSource;
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
      String message,
      Instant seenAt) {
    String sql =
        "INSERT INTO alert (site_id, type, source, severity, status, message, first_seen,"
            + " last_seen) VALUES (?,?,?,?,'OPEN',?,?,?)"
            + " ON CONFLICT (site_id, type, source) WHERE status <> 'RESOLVED' DO UPDATE SET"
            + " occurrences = alert.occurrences + 1, message = EXCLUDED.message,"
            + " last_seen = GREATEST(alert.last_seen, EXCLUDED.last_seen)"
            + " RETURNING *, (xmax = 0) AS inserted";
    Timestamp ts = Timestamp.from(seenAt);
    return inTransaction(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, siteId);
                ps.setString(2, type);
                ps.setString(3, source);
                ps.setString(4, severity.name());
                ps.setString(5, message);
                ps.setTimestamp(6, ts);
                ps.setTimestamp(7, ts);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  ChangeKind kind =
                      rs.getBoolean("inserted") ? ChangeKind.OPENED : ChangeKind.REPEATED;
                  return Optional.of(new AlertChange(kind, map(rs)));
                }
              }
            })
        .orElseThrow();
  }

  /** Resolves the unresolved alert with this key, if any, as the system. */
  public Optional<AlertChange> autoResolve(
      String siteId, String type, String source, Instant at, String comment) {
    String sql =
        "UPDATE alert SET status = 'RESOLVED', resolved_by = ?, resolved_at = ?,"
            + " resolve_comment = ? WHERE site_id = ? AND type = ? AND source = ?"
            + " AND status <> 'RESOLVED' RETURNING *";
    return update(
        ChangeKind.RESOLVED, sql, SYSTEM_USER, Timestamp.from(at), comment, siteId, type, source);
  }

  /** Acknowledges an open alert; empty if it is not open (or not this site's). */
  public Optional<AlertChange> acknowledge(
      String siteId, long id, String userId, String comment, Instant at) {
    String sql =
        "UPDATE alert SET status = 'ACKNOWLEDGED', acknowledged_by = ?, acknowledged_at = ?,"
            + " acknowledge_comment = ? WHERE id = ? AND site_id = ? AND status = 'OPEN'"
            + " RETURNING *";
    return update(ChangeKind.ACKNOWLEDGED, sql, userId, Timestamp.from(at), comment, id, siteId);
  }

  /** Resolves an open or acknowledged alert; empty if it is already resolved. */
  public Optional<AlertChange> resolve(
      String siteId, long id, String userId, String comment, Instant at) {
    String sql =
        "UPDATE alert SET status = 'RESOLVED', resolved_by = ?, resolved_at = ?,"
            + " resolve_comment = ? WHERE id = ? AND site_id = ? AND status <> 'RESOLVED'"
            + " RETURNING *";
    return update(ChangeKind.RESOLVED, sql, userId, Timestamp.from(at), comment, id, siteId);
  }

  /**
   * Moves an open alert from escalation level {@code fromLevel} to the next, telling {@code
   * target}. Empty if another instance already did, or it was acknowledged meanwhile.
   */
  public Optional<AlertChange> escalate(long id, int fromLevel, String target) {
    String sql =
        "UPDATE alert SET escalation_level = escalation_level + 1 WHERE id = ?"
            + " AND escalation_level = ? AND status = 'OPEN' RETURNING *";
    return inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setInt(2, fromLevel);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new AlertChange(ChangeKind.ESCALATED, map(rs), target))
                  : Optional.empty();
            }
          }
        });
  }

  /** Open critical alerts, oldest first: the escalation candidates. */
  public List<Alert> openCritical() {
    return query(
        "SELECT * FROM alert WHERE status = 'OPEN' AND severity = 'CRITICAL' ORDER BY opened_at");
  }

  /** Unresolved alerts of every site whose source starts with {@code prefix}. */
  public List<Alert> unresolvedFromSources(String prefix) {
    return query(
        "SELECT * FROM alert WHERE status <> 'RESOLVED' AND starts_with(source, ?)"
            + " ORDER BY id",
        prefix);
  }

  public Optional<Alert> find(String siteId, long id) {
    return query("SELECT * FROM alert WHERE id = ? AND site_id = ?", id, siteId).stream()
        .findFirst();
  }

  /** A site's alerts, newest first, filtered by whichever of the criteria are non-null. */
  public List<Alert> list(
      String siteId, AlertStatus status, Severity severity, String type, int limit) {
    return query(
        "SELECT * FROM alert WHERE site_id = ? AND (?::text IS NULL OR status = ?)"
            + " AND (?::text IS NULL OR severity = ?) AND (?::text IS NULL OR type = ?)"
            + " ORDER BY last_seen DESC, id DESC LIMIT ?",
        siteId,
        status == null ? null : status.name(),
        status == null ? null : status.name(),
        severity == null ? null : severity.name(),
        severity == null ? null : severity.name(),
        type,
        type,
        limit);
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
    String sql =
        "SELECT * FROM alert WHERE site_id = ANY (?) AND status = ANY (?)"
            + " AND (?::text IS NULL OR severity = ?) ORDER BY last_seen DESC, id DESC LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
      ps.setArray(2, c.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
      String sev = severity == null ? null : severity.name();
      ps.setString(3, sev);
      ps.setString(4, sev);
      ps.setInt(5, limit);
      List<Alert> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("alert inbox query failed", e);
    }
  }

  private Optional<AlertChange> update(ChangeKind kind, String sql, Object... args) {
    return inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(new AlertChange(kind, map(rs))) : Optional.empty();
            }
          }
        });
  }

  private interface Work {
    Optional<AlertChange> run(Connection c) throws SQLException;
  }

  private Optional<AlertChange> inTransaction(Work work) {
    Optional<AlertChange> change;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        change = work.run(c);
        if (change.isPresent()) {
          for (AlertListener l : listeners) {
            l.inTransaction(c, change.get());
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("alert change failed", e);
    }
    change.ifPresent(this::publish);
    return change;
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

  private List<Alert> query(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<Alert> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("alert query failed", e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static Alert map(ResultSet rs) throws SQLException {
    return new Alert(
        rs.getLong("id"),
        rs.getString("site_id"),
        rs.getString("type"),
        rs.getString("source"),
        Severity.valueOf(rs.getString("severity")),
        AlertStatus.valueOf(rs.getString("status")),
        rs.getString("message"),
        rs.getInt("occurrences"),
        instant(rs, "first_seen"),
        instant(rs, "last_seen"),
        instant(rs, "opened_at"),
        rs.getString("acknowledged_by"),
        instant(rs, "acknowledged_at"),
        rs.getString("acknowledge_comment"),
        rs.getString("resolved_by"),
        instant(rs, "resolved_at"),
        rs.getString("resolve_comment"),
        rs.getInt("escalation_level"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
