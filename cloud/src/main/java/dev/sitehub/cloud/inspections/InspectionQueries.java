package dev.sitehub.cloud.inspections;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stored inspections back as views. */
final class InspectionQueries {
  private InspectionQueries() {}

  static Optional<InspectionView> find(AgroalDataSource db, String inspectionId) {
    List<InspectionView> r = select(db, "inspection_id = ?", inspectionId, null);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /** The photo key of an item of an inspection in the project, if the item has a photo. */
  static Optional<String> photoKey(
      AgroalDataSource db, String projectId, String inspectionId, String code) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT ii.photo_key FROM inspection_item ii JOIN inspection i"
                    + " ON i.inspection_id = ii.inspection_id WHERE i.project_id = ?"
                    + " AND ii.inspection_id = ? AND ii.item_code = ? AND ii.photo_key IS NOT NULL")) {
      ps.setString(1, projectId);
      ps.setString(2, inspectionId);
      ps.setString(3, code);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("inspection read failed", e);
    }
  }

  static List<InspectionView> forStage(AgroalDataSource db, String projectId, int seq) {
    return select(db, "project_id = ? AND stage_seq = ?", projectId, seq);
  }

  private static List<InspectionView> select(
      AgroalDataSource db, String where, String arg, Integer seq) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT inspection_id, project_id, stage_seq, checklist, inspector_id, inspected_at,"
                    + " passed FROM inspection WHERE "
                    + where
                    + " ORDER BY inspected_at, inspection_id")) {
      ps.setString(1, arg);
      if (seq != null) {
        ps.setInt(2, seq);
      }
      List<InspectionView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          out.add(
              new InspectionView(
                  id,
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  rs.getBoolean(7),
                  items(c, id),
                  tasks(c, id)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("inspection read failed", e);
    }
  }

  private static List<InspectionView.Item> items(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT item_code, title, result, note, photo_key FROM inspection_item"
                + " WHERE inspection_id = ? ORDER BY item_code")) {
      ps.setString(1, id);
      List<InspectionView.Item> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new InspectionView.Item(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      return out;
    }
  }

  private static List<String> tasks(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT rectification_id FROM rectification WHERE inspection_id = ? ORDER BY item_code")) {
      ps.setString(1, id);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }
}
