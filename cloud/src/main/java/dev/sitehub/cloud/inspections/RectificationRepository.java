package dev.sitehub.cloud.inspections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to rectification tasks; callers own the connection. */
final class RectificationRepository {
  private static final String COLUMNS =
      "rectification_id, project_id, stage_seq, inspection_id, item_code, title, state, fix_note,"
          + " fixed_by, fixed_at, closed_by, closed_at";

  private RectificationRepository() {}

  static String open(
      Connection c,
      String id,
      String projectId,
      int seq,
      String inspectionId,
      ChecklistItem item,
      Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rectification (rectification_id, project_id, stage_seq, inspection_id,"
                + " item_code, title, created_at) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, id);
      ps.setString(2, projectId);
      ps.setInt(3, seq);
      ps.setString(4, inspectionId);
      ps.setString(5, item.code());
      ps.setString(6, item.title());
      ps.setTimestamp(7, Timestamp.from(at));
      ps.executeUpdate();
    }
    return id;
  }

  static List<Rectification> forProject(Connection c, String projectId) throws SQLException {
    return query(c, "project_id = ? ORDER BY created_at, rectification_id", projectId);
  }

  static Optional<Rectification> find(Connection c, String projectId, String id)
      throws SQLException {
    List<Rectification> r = query(c, "project_id = ? AND rectification_id = ?", projectId, id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /** Moves from {@code from} to {@code to}; false if the task was not in {@code from}. */
  static boolean move(
      Connection c, String id, String from, String to, String userId, String note, Instant at)
      throws SQLException {
    String set =
        switch (to) {
          case "FIXED" -> "fixed_by = ?, fixed_at = ?, fix_note = ?";
          case "CLOSED" -> "closed_by = ?, closed_at = ?, fix_note = coalesce(?, fix_note)";
          default -> "fixed_by = ?, fixed_at = ?, fix_note = ?";
        };
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE rectification SET state = ?, "
                + set
                + " WHERE rectification_id = ? AND state = ?")) {
      ps.setString(1, to);
      ps.setString(2, "OPEN".equals(to) ? null : userId);
      ps.setTimestamp(3, "OPEN".equals(to) ? null : Timestamp.from(at));
      ps.setString(4, note);
      ps.setString(5, id);
      ps.setString(6, from);
      return ps.executeUpdate() == 1;
    }
  }

  private static List<Rectification> query(Connection c, String where, String... args)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM rectification WHERE " + where)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<Rectification> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp fa = rs.getTimestamp(10);
          Timestamp ca = rs.getTimestamp(12);
          out.add(
              new Rectification(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  fa == null ? null : fa.toInstant(),
                  rs.getString(11),
                  ca == null ? null : ca.toInstant()));
        }
      }
      return out;
    }
  }
}
