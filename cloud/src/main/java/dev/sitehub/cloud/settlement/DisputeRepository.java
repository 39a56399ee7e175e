package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.ProblemException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to disputes; callers own the connection and transaction. */
final class DisputeRepository {
  private static final String SELECT =
      "SELECT dispute_id, project_id, raised_by, reason, state, raised_at, resolved_by,"
          + " to_contractor_fen, to_customer_fen, decision FROM dispute WHERE ";

  private DisputeRepository() {}

  static Optional<Dispute> openDispute(Connection c, String projectId) throws SQLException {
    return one(c, "project_id = ? AND state = 'OPEN'", projectId);
  }

  /** Open disputes, oldest first: the operator's queue. */
  static List<Dispute> open(Connection c, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(SELECT + "state = 'OPEN' ORDER BY raised_at, dispute_id LIMIT ?")) {
      ps.setInt(1, limit);
      List<Dispute> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    }
  }

  static Optional<Dispute> find(Connection c, String disputeId) throws SQLException {
    return one(c, "dispute_id = ?", disputeId);
  }

  /** Inserts an open dispute; false if the project already has one open. */
  static boolean insert(Connection c, Dispute d) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dispute (dispute_id, project_id, raised_by, reason, raised_at)"
                + " VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, d.disputeId());
      ps.setString(2, d.projectId());
      ps.setString(3, d.raisedBy());
      ps.setString(4, d.reason());
      ps.setTimestamp(5, Timestamp.from(d.raisedAt()));
      return ps.executeUpdate() == 1;
    }
  }

  static void resolve(
      Connection c,
      String projectId,
      String disputeId,
      String operatorId,
      Instant at,
      long toContractor,
      long toCustomer,
      String decision)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE dispute SET state = 'RESOLVED', resolved_by = ?, resolved_at = ?,"
                + " to_contractor_fen = ?, to_customer_fen = ?, decision = ?"
                + " WHERE dispute_id = ? AND project_id = ? AND state = 'OPEN'")) {
      ps.setString(1, operatorId);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setLong(3, toContractor);
      ps.setLong(4, toCustomer);
      ps.setString(5, decision);
      ps.setString(6, disputeId);
      ps.setString(7, projectId);
      if (ps.executeUpdate() != 1) {
        throw ProblemException.conflict("dispute-not-open", "no open dispute " + disputeId);
      }
    }
  }

  private static Optional<Dispute> one(Connection c, String where, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Dispute read(ResultSet rs) throws SQLException {
    return new Dispute(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        DisputeState.valueOf(rs.getString(5)),
        rs.getTimestamp(6).toInstant(),
        rs.getString(7),
        (Long) rs.getObject(8),
        (Long) rs.getObject(9),
        rs.getString(10));
  }
}
