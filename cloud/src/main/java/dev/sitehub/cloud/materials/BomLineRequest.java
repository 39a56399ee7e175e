package dev.sitehub.cloud.materials;

import java.math.BigDecimal;

/** A bill-of-materials line as the budgeter enters it; prices in fen. */
public record BomLineRequest(
    String name,
    String spec,
    String unit,
    BigDecimal quantity,
    Long unitPriceFen,
    String supplierId) {}
