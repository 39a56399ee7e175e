package dev.sitehub.cloud.materials;

import java.math.BigDecimal;
import java.time.Instant;

/** One stored line of a project's bill of materials; {@code orderId} is null until ordered. */
public record BomLine(
    String lineId,
    String projectId,
    String name,
    String spec,
    String unit,
    BigDecimal quantity,
    long unitPriceFen,
    long lineTotalFen,
    String supplierId,
    String orderId,
    String createdBy,
    Instant createdAt) {}
