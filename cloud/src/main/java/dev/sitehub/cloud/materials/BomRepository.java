package dev.sitehub.cloud.materials;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JDBC access to bill-of-materials lines and the project's chosen suppliers; callers own c. */
final class BomRepository {
  private static final String COLUMNS =
      "line_id, project_id, name, spec, unit, quantity, unit_price_fen, line_total_fen,"
          + " supplier_id, order_id, created_by, created_at";

  private BomRepository() {}

  static void insert(Connection c, BomLine l) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO material_line (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, l.lineId());
      ps.setString(2, l.projectId());
      ps.setString(3, l.name());
      ps.setString(4, l.spec());
      ps.setString(5, l.unit());
      ps.setBigDecimal(6, l.quantity());
      ps.setLong(7, l.unitPriceFen());
      ps.setLong(8, l.lineTotalFen());
      ps.setString(9, l.supplierId());
      ps.setString(10, l.orderId());
      ps.setString(11, l.createdBy());
      ps.setTimestamp(12, Timestamp.from(l.createdAt()));
      ps.executeUpdate();
    }
  }

  static List<BomLine> ofProject(Connection c, String projectId) throws SQLException {
    return query(
        c,
        "SELECT "
            + COLUMNS
            + " FROM material_line WHERE project_id = ?"
            + " ORDER BY created_at, line_id",
        projectId);
  }

  /** Lines not ordered yet, locked so two order placements never take the same line. */
  static List<BomLine> unorderedForUpdate(Connection c, String projectId) throws SQLException {
    return query(
        c,
        "SELECT "
            + COLUMNS
            + " FROM material_line WHERE project_id = ? AND order_id IS NULL"
            + " ORDER BY created_at, line_id FOR UPDATE",
        projectId);
  }

  static List<BomLine> ofOrder(Connection c, String orderId) throws SQLException {
    return query(
        c,
        "SELECT " + COLUMNS + " FROM material_line WHERE order_id = ? ORDER BY created_at, line_id",
        orderId);
  }

  static void assign(Connection c, List<BomLine> lines, String orderId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE material_line SET order_id = ? WHERE line_id = ?")) {
      for (BomLine l : lines) {
        ps.setString(1, orderId);
        ps.setString(2, l.lineId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Deletes a line that is not ordered yet; false if there is none such. */
  static boolean deleteUnordered(Connection c, String projectId, String lineId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM material_line WHERE project_id = ? AND line_id = ? AND order_id IS NULL")) {
      ps.setString(1, projectId);
      ps.setString(2, lineId);
      return ps.executeUpdate() == 1;
    }
  }

  /** The material suppliers that are parties to the project's contract. */
  static Set<String> suppliers(Connection c, String contractId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT party_id FROM contract_party WHERE contract_id = ?"
                + " AND kind = 'MATERIAL_SUPPLIER' ORDER BY party_id")) {
      ps.setString(1, contractId);
      Set<String> out = new LinkedHashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static List<BomLine> query(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      List<BomLine> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new BomLine(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBigDecimal(6),
                  rs.getLong(7),
                  rs.getLong(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getTimestamp(12).toInstant()));
        }
      }
      return out;
    }
  }
}
