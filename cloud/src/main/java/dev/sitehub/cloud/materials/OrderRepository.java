package dev.sitehub.cloud.materials;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Material orders, their shipments and delivery decisions, in SQL on the reactive session. */
final class OrderRepository {
  private static final String COLUMNS =
      "o.order_id, o.project_id, o.supplier_id, e.name, o.state, o.total_fen, o.ordered_by,"
          + " o.ordered_at, o.carrier, o.tracking_number, o.shipped_at, o.delivered_at";
  private static final String FROM =
      " FROM material_order o JOIN enterprise e ON e.enterprise_id = o.supplier_id";

  private OrderRepository() {}

  static Uni<Void> insert(
      String orderId, String projectId, String supplierId, long totalFen, String by, Instant at) {
    return update(
            "INSERT INTO material_order (order_id, project_id, supplier_id, total_fen, ordered_by,"
                + " ordered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            orderId,
            projectId,
            supplierId,
            totalFen,
            by,
            at)
        .replaceWithVoid();
  }

  /** The project's orders, oldest first; only one supplier's when {@code supplierId} is set. */
  static Uni<List<MaterialOrder>> list(String projectId, String supplierId) {
    Uni<List<Tuple>> found =
        supplierId == null
            ? rows(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + " WHERE o.project_id = ?1 ORDER BY o.ordered_at, o.order_id",
                projectId)
            : rows(
                "SELECT "
                    + COLUMNS
                    + FROM
                    + " WHERE o.project_id = ?1 AND o.supplier_id = ?2"
                    + " ORDER BY o.ordered_at, o.order_id",
                projectId,
                supplierId);
    return found.map(r -> r.stream().map(OrderRepository::map).toList());
  }

  static Uni<Optional<MaterialOrder>> find(String projectId, String orderId, boolean lock) {
    return rows(
            "SELECT "
                + COLUMNS
                + FROM
                + " WHERE o.project_id = ?1 AND o.order_id = ?2"
                + (lock ? " FOR UPDATE OF o" : ""),
            projectId,
            orderId)
        .map(r -> r.stream().findFirst().map(OrderRepository::map));
  }

  static Uni<Void> ship(String orderId, String carrier, String tracking, String by, Instant at) {
    return update(
            "UPDATE material_order SET state = 'SHIPPED', carrier = ?1, tracking_number = ?2,"
                + " shipped_by = ?3, shipped_at = ?4 WHERE order_id = ?5",
            carrier,
            tracking,
            by,
            at,
            orderId)
        .replaceWithVoid();
  }

  static Uni<Void> deliver(String orderId, String by, Instant at) {
    return update(
            "UPDATE material_order SET state = 'DELIVERED', delivered_by = ?1, delivered_at = ?2"
                + " WHERE order_id = ?3",
            by,
            at,
            orderId)
        .replaceWithVoid();
  }

  static Uni<Void> insertAcceptance(String projectId, DeliveryAcceptance a) {
    return update(
            "INSERT INTO delivery_acceptance (order_id, project_id, decision, reason, decided_by,"
                + " decided_at, snapshot_id, snapshot_device, snapshot_camera, snapshot_taken_at,"
                + " snapshot_key, snapshot_sha256, snapshot_note)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            a.orderId(),
            projectId,
            a.decision().name(),
            a.reason(),
            a.decidedBy(),
            a.decidedAt(),
            a.snapshotId(),
            a.snapshotDevice(),
            a.snapshotCamera(),
            a.snapshotTakenAt(),
            a.snapshotKey(),
            a.snapshotSha256(),
            a.snapshotNote())
        .replaceWithVoid();
  }

  static Uni<Optional<DeliveryAcceptance>> acceptance(String orderId) {
    return rows(
            "SELECT order_id, decision, reason, decided_by, decided_at, snapshot_id,"
                + " snapshot_device, snapshot_camera, snapshot_taken_at, snapshot_key,"
                + " snapshot_sha256, snapshot_note FROM delivery_acceptance WHERE order_id = ?1",
            orderId)
        .map(
            r ->
                r.stream()
                    .findFirst()
                    .map(
                        t ->
                            new DeliveryAcceptance(
                                (String) t.get(0),
                                DeliveryDecision.valueOf((String) t.get(1)),
                                (String) t.get(2),
                                (String) t.get(3),
                                instant(t.get(4)),
                                t.get(5) == null ? null : ((Number) t.get(5)).longValue(),
                                (String) t.get(6),
                                (String) t.get(7),
                                instant(t.get(8)),
                                (String) t.get(9),
                                (String) t.get(10),
                                (String) t.get(11))));
  }

  /** The order with its lines and its delivery decision. */
  static Uni<MaterialOrder> full(MaterialOrder o) {
    return BomRepository.ofOrder(o.orderId())
        .chain(lines -> acceptance(o.orderId()).map(a -> o.with(lines, a.orElse(null))));
  }

  private static MaterialOrder map(Tuple t) {
    return new MaterialOrder(
        (String) t.get(0),
        (String) t.get(1),
        (String) t.get(2),
        (String) t.get(3),
        ShipmentState.valueOf((String) t.get(4)),
        ((Number) t.get(5)).longValue(),
        (String) t.get(6),
        instant(t.get(7)),
        (String) t.get(8),
        (String) t.get(9),
        instant(t.get(10)),
        instant(t.get(11)),
        List.of(),
        null);
  }
}
