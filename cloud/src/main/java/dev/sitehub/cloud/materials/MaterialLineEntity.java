package dev.sitehub.cloud.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bill-of-materials line as stored (table {@code material_line}); {@link BomLine} is its view.
 */
@Entity
@Table(name = "material_line")
class MaterialLineEntity {
  @Id
  @Column(name = "line_id")
  String lineId;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String spec;

  @Column(nullable = false)
  String unit;

  @Column(nullable = false, precision = 12, scale = 3)
  BigDecimal quantity;

  @Column(name = "unit_price_fen", nullable = false)
  long unitPriceFen;

  @Column(name = "line_total_fen", nullable = false)
  long lineTotalFen;

  @Column(name = "supplier_id", nullable = false)
  String supplierId;

  /** Null until the line is ordered. */
  @Column(name = "order_id")
  String orderId;

  @Column(name = "created_by", nullable = false)
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected MaterialLineEntity() {}

  MaterialLineEntity(BomLine l) {
    this.lineId = l.lineId();
    this.projectId = l.projectId();
    this.name = l.name();
    this.spec = l.spec();
    this.unit = l.unit();
    this.quantity = l.quantity();
    this.unitPriceFen = l.unitPriceFen();
    this.lineTotalFen = l.lineTotalFen();
    this.supplierId = l.supplierId();
    this.orderId = l.orderId();
    this.createdBy = l.createdBy();
    this.createdAt = l.createdAt();
  }

  BomLine view() {
    return new BomLine(
        lineId,
        projectId,
        name,
        spec,
        unit,
        quantity,
        unitPriceFen,
        lineTotalFen,
        supplierId,
        orderId,
        createdBy,
        createdAt);
  }
}
