package dev.sitehub.cloud.materials;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to material orders, their shipments and delivery decisions; callers own c. */
final class OrderRepository {
  private static final String COLUMNS =
      "o.order_id, o.project_id, o.supplier_id, e.name, o.state, o.total_fen, o.ordered_by,"
          + " o.ordered_at, o.carrier, o.tracking_number, o.shipped_at, o.delivered_at";
  private static final String FROM =
      " FROM material_order o JOIN enterprise e ON e.enterprise_id = o.supplier_id";

  private OrderRepository() {}

  static void insert(
      Connection c,
      String orderId,
      String projectId,
      String supplierId,
      long totalFen,
      String by,
      Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO material_order (order_id, project_id, supplier_id, total_fen, ordered_by,"
                + " ordered_at) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, orderId);
      ps.setString(2, projectId);
      ps.setString(3, supplierId);
      ps.setLong(4, totalFen);
      ps.setString(5, by);
      ps.setTimestamp(6, Timestamp.from(at));
      ps.executeUpdate();
    }
  }

  /** The project's orders, oldest first; only one supplier's when {@code supplierId} is set. */
  static List<MaterialOrder> list(Connection c, String projectId, String supplierId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE o.project_id = ? AND (?::text IS NULL OR o.supplier_id = ?)"
                + " ORDER BY o.ordered_at, o.order_id")) {
      ps.setString(1, projectId);
      ps.setString(2, supplierId);
      ps.setString(3, supplierId);
      List<MaterialOrder> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    }
  }

  static Optional<MaterialOrder> find(Connection c, String projectId, String orderId, boolean lock)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE o.project_id = ? AND o.order_id = ?"
                + (lock ? " FOR UPDATE OF o" : ""))) {
      ps.setString(1, projectId);
      ps.setString(2, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  static void ship(
      Connection c, String orderId, String carrier, String tracking, String by, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE material_order SET state = 'SHIPPED', carrier = ?, tracking_number = ?,"
                + " shipped_by = ?, shipped_at = ? WHERE order_id = ?")) {
      ps.setString(1, carrier);
      ps.setString(2, tracking);
      ps.setString(3, by);
      ps.setTimestamp(4, Timestamp.from(at));
      ps.setString(5, orderId);
      ps.executeUpdate();
    }
  }

  static void deliver(Connection c, String orderId, String by, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE material_order SET state = 'DELIVERED', delivered_by = ?, delivered_at = ?"
                + " WHERE order_id = ?")) {
      ps.setString(1, by);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setString(3, orderId);
      ps.executeUpdate();
    }
  }

  static void insertAcceptance(Connection c, String projectId, DeliveryAcceptance a)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO delivery_acceptance (order_id, project_id, decision, reason, decided_by,"
                + " decided_at, snapshot_id, snapshot_device, snapshot_camera, snapshot_taken_at,"
                + " snapshot_key, snapshot_sha256, snapshot_note)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, a.orderId());
      ps.setString(2, projectId);
      ps.setString(3, a.decision().name());
      ps.setString(4, a.reason());
      ps.setString(5, a.decidedBy());
      ps.setTimestamp(6, Timestamp.from(a.decidedAt()));
      ps.setObject(7, a.snapshotId());
      ps.setString(8, a.snapshotDevice());
      ps.setString(9, a.snapshotCamera());
      ps.setTimestamp(10, a.snapshotTakenAt() == null ? null : Timestamp.from(a.snapshotTakenAt()));
      ps.setString(11, a.snapshotKey());
      ps.setString(12, a.snapshotSha256());
      ps.setString(13, a.snapshotNote());
      ps.executeUpdate();
    }
  }

  static Optional<DeliveryAcceptance> acceptance(Connection c, String orderId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT order_id, decision, reason, decided_by, decided_at, snapshot_id,"
                + " snapshot_device, snapshot_camera, snapshot_taken_at, snapshot_key,"
                + " snapshot_sha256, snapshot_note FROM delivery_acceptance WHERE order_id = ?")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp taken = rs.getTimestamp(9);
        return Optional.of(
            new DeliveryAcceptance(
                rs.getString(1),
                DeliveryDecision.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                (Long) rs.getObject(6),
                rs.getString(7),
                rs.getString(8),
                taken == null ? null : taken.toInstant(),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12)));
      }
    }
  }

  private static MaterialOrder map(ResultSet rs) throws SQLException {
    return new MaterialOrder(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        ShipmentState.valueOf(rs.getString(5)),
        rs.getLong(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant(),
        rs.getString(9),
        rs.getString(10),
        instant(rs.getTimestamp(11)),
        instant(rs.getTimestamp(12)),
        List.of(),
        null);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
