package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.contracts.StagePayment;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to milestones; callers own the connection. */
final class MilestoneRepository {
  private static final String COLUMNS =
      "project_id, seq, name, checklist, state, planned_start, planned_end, actual_start, actual_end";

  private MilestoneRepository() {}

  static void ensure(
      Connection c, String projectId, List<StagePayment> stages, StageChecklists checklists)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO milestone (project_id, seq, name, checklist) VALUES (?,?,?,?)"
                + " ON CONFLICT DO NOTHING")) {
      for (StagePayment s : stages) {
        ps.setString(1, projectId);
        ps.setInt(2, s.seq());
        ps.setString(3, s.name());
        ps.setString(4, checklists.checklistFor(s.name()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<Milestone> list(Connection c, String projectId) throws SQLException {
    return query(
        c, "SELECT " + COLUMNS + " FROM milestone WHERE project_id = ? ORDER BY seq", projectId);
  }

  static Optional<Milestone> find(Connection c, String projectId, int seq, boolean lock)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM milestone WHERE project_id = ? AND seq = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static void setState(Connection c, String projectId, int seq, MilestoneState s, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE milestone SET state = ?, updated_at = ?,"
                + " actual_start = CASE WHEN ? = 'IN_PROGRESS' THEN ? ELSE actual_start END,"
                + " actual_end = CASE WHEN ? = 'ACCEPTED' THEN ? ELSE actual_end END"
                + " WHERE project_id = ? AND seq = ?")) {
      Timestamp ts = Timestamp.from(at);
      ps.setString(1, s.name());
      ps.setTimestamp(2, ts);
      ps.setString(3, s.name());
      ps.setTimestamp(4, ts);
      ps.setString(5, s.name());
      ps.setTimestamp(6, ts);
      ps.setString(7, projectId);
      ps.setInt(8, seq);
      ps.executeUpdate();
    }
    if (s == MilestoneState.IN_PROGRESS) {
      // A started stage must survive amendments, which replace only PENDING stages.
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE project_stage SET status = 'STARTED' WHERE project_id = ? AND seq = ?")) {
        ps.setString(1, projectId);
        ps.setInt(2, seq);
        ps.executeUpdate();
      }
    }
  }

  static void plan(
      Connection c, String projectId, int seq, java.time.LocalDate start, java.time.LocalDate end)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE milestone SET planned_start = ?, planned_end = ?, updated_at = now()"
                + " WHERE project_id = ? AND seq = ?")) {
      ps.setDate(1, start == null ? null : Date.valueOf(start));
      ps.setDate(2, end == null ? null : Date.valueOf(end));
      ps.setString(3, projectId);
      ps.setInt(4, seq);
      ps.executeUpdate();
    }
  }

  static List<Milestone> query(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Milestone> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    }
  }

  private static Milestone map(ResultSet rs) throws SQLException {
    Date ps = rs.getDate(6);
    Date pe = rs.getDate(7);
    Timestamp as = rs.getTimestamp(8);
    Timestamp ae = rs.getTimestamp(9);
    return new Milestone(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        MilestoneState.valueOf(rs.getString(5)),
        ps == null ? null : ps.toLocalDate(),
        pe == null ? null : pe.toLocalDate(),
        as == null ? null : as.toInstant(),
        ae == null ? null : ae.toInstant());
  }
}
