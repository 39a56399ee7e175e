package dev.sitehub.cloud.materials;

import java.time.Instant;
import java.util.List;

/** An order to one supplier, its shipment's progress, its lines, and the delivery decision. */
public record MaterialOrder(
    String orderId,
    String projectId,
    String supplierId,
    String supplierName,
    ShipmentState state,
    long totalFen,
    String orderedBy,
    Instant orderedAt,
    String carrier,
    String trackingNumber,
    Instant shippedAt,
    Instant deliveredAt,
    List<BomLine> lines,
    DeliveryAcceptance acceptance) {
  public MaterialOrder {
    lines = List.copyOf(lines);
  }

  MaterialOrder with(List<BomLine> l, DeliveryAcceptance a) {
    return new MaterialOrder(
        orderId,
        projectId,
        supplierId,
        supplierName,
        state,
        totalFen,
        orderedBy,
        orderedAt,
        carrier,
        trackingNumber,
        shippedAt,
        deliveredAt,
        l,
        a);
  }

  MaterialOrder named(String name) {
    return new MaterialOrder(
        orderId,
        projectId,
        supplierId,
        name,
        state,
        totalFen,
        orderedBy,
        orderedAt,
        carrier,
        trackingNumber,
        shippedAt,
        deliveredAt,
        lines,
        acceptance);
  }
}
