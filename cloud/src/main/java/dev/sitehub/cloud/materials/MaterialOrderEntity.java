package dev.sitehub.cloud.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An order to one supplier and its shipment as stored (table {@code material_order}); {@link
 * MaterialOrder} is its view, with the lines, decision and supplier name added.
 */
@Entity
@Table(name = "material_order")
class MaterialOrderEntity {
  @Id
  @Column(name = "order_id")
  String orderId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "supplier_id", nullable = false)
  String supplierId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ShipmentState state;

  @Column(name = "total_fen", nullable = false)
  long totalFen;

  @Column(name = "ordered_by", nullable = false)
  String orderedBy;

  @Column(name = "ordered_at", nullable = false)
  Instant orderedAt;

  String carrier;

  @Column(name = "tracking_number")
  String trackingNumber;

  @Column(name = "shipped_by")
  String shippedBy;

  @Column(name = "shipped_at")
  Instant shippedAt;

  @Column(name = "delivered_by")
  String deliveredBy;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  protected MaterialOrderEntity() {}

  MaterialOrderEntity(
      String orderId, String projectId, String supplierId, long totalFen, String by, Instant at) {
    this.orderId = orderId;
    this.projectId = projectId;
    this.supplierId = supplierId;
    this.state = ShipmentState.ORDERED;
    this.totalFen = totalFen;
    this.orderedBy = by;
    this.orderedAt = at;
  }

  void ship(String carrier, String trackingNumber, String by, Instant at) {
    this.state = ShipmentState.SHIPPED;
    this.carrier = carrier;
    this.trackingNumber = trackingNumber;
    this.shippedBy = by;
    this.shippedAt = at;
  }

  void deliver(String by, Instant at) {
    this.state = ShipmentState.DELIVERED;
    this.deliveredBy = by;
    this.deliveredAt = at;
  }

  /** The view without lines or decision; the supplier's name is the enterprise owner's to give. */
  MaterialOrder view() {
    return new MaterialOrder(
        orderId,
        projectId,
        supplierId,
        null,
        state,
        totalFen,
        orderedBy,
        orderedAt,
        carrier,
        trackingNumber,
        shippedAt,
        deliveredAt,
        List.of(),
        null);
  }
}
