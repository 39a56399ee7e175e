package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC access to rectification tasks; callers own the connection. */
final class RectificationRepository {
  private static final String COLUMNS =
      "r.rectification_id, r.project_id, r.stage_seq, r.inspection_id, r.item_code, r.title,"
          + " r.state, r.fix_note, r.fixed_by, r.fixed_at, r.closed_by, r.closed_at,"
          + " ii.photo_key IS NOT NULL";

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
    return query(c, "r.project_id = ? ORDER BY r.created_at, r.rectification_id", projectId);
  }

  static Optional<Rectification> find(Connection c, String projectId, String id)
      throws SQLException {
    List<Rectification> r = query(c, "r.project_id = ? AND r.rectification_id = ?", projectId, id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /** Moves from {@code from} to {@code to}; false if the task was not in {@code from}. */
  static boolean move(
      Connection c,
      String id,
      RectificationState from,
      RectificationState to,
      String userId,
      String note,
      Instant at)
      throws SQLException {
    String set =
        switch (to) {
          case CLOSED -> "closed_by = ?, closed_at = ?, fix_note = coalesce(?, fix_note)";
          case OPEN, FIXED -> "fixed_by = ?, fixed_at = ?, fix_note = ?";
        };
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE rectification SET state = ?, "
                + set
                + " WHERE rectification_id = ? AND state = ?")) {
      ps.setString(1, to.name());
      ps.setString(2, to == RectificationState.OPEN ? null : userId);
      ps.setTimestamp(3, to == RectificationState.OPEN ? null : Timestamp.from(at));
      ps.setString(4, note);
      ps.setString(5, id);
      ps.setString(6, from.name());
      return ps.executeUpdate() == 1;
    }
  }

  /** Files one fix report; the caller has moved the task to FIXED in the same transaction. */
  static void addFix(
      Connection c,
      String fixId,
      Rectification task,
      String note,
      StoredAttachment photo,
      String userId,
      Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rectification_fix (fix_id, rectification_id, project_id, note, photo_key,"
                + " photo_sha256, fixed_by, fixed_at) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, fixId);
      ps.setString(2, task.rectificationId());
      ps.setString(3, task.projectId());
      ps.setString(4, note);
      ps.setString(5, photo == null ? null : photo.key());
      ps.setString(6, photo == null ? null : photo.sha256());
      ps.setString(7, userId);
      ps.setTimestamp(8, Timestamp.from(at));
      ps.executeUpdate();
    }
  }

  /** The photo key of a fix of a task in the project, if that fix has a photo. */
  static Optional<String> fixPhotoKey(Connection c, String projectId, String taskId, String fixId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT photo_key FROM rectification_fix WHERE project_id = ? AND rectification_id = ?"
                + " AND fix_id = ? AND photo_key IS NOT NULL")) {
      ps.setString(1, projectId);
      ps.setString(2, taskId);
      ps.setString(3, fixId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Map<String, List<RectificationFix>> fixes(Connection c, String projectId)
      throws SQLException {
    Map<String, List<RectificationFix>> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rectification_id, fix_id, note, photo_key IS NOT NULL, fixed_by, fixed_at"
                + " FROM rectification_fix WHERE project_id = ? ORDER BY fixed_at, fix_id")) {
      ps.setString(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  new RectificationFix(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getBoolean(4),
                      rs.getString(5),
                      rs.getTimestamp(6).toInstant()));
        }
      }
    }
    return out;
  }

  /** Every query is scoped to one project, whose id is the first argument. */
  private static List<Rectification> query(Connection c, String where, String... args)
      throws SQLException {
    Map<String, List<RectificationFix>> fixes = fixes(c, args[0]);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM rectification r LEFT JOIN inspection_item ii"
                + " ON ii.inspection_id = r.inspection_id AND ii.item_code = r.item_code WHERE "
                + where)) {
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
                  RectificationState.valueOf(rs.getString(7)),
                  rs.getString(8),
                  rs.getString(9),
                  fa == null ? null : fa.toInstant(),
                  rs.getString(11),
                  ca == null ? null : ca.toInstant(),
                  rs.getBoolean(13),
                  List.copyOf(fixes.getOrDefault(rs.getString(1), List.of()))));
        }
      }
      return out;
    }
  }
}
