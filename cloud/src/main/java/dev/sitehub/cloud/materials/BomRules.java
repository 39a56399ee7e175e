package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.common.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Checks a bill-of-materials line field by field (each refusal names its field) and computes line
 * totals in fen: quantity times unit price, rounded half up to the fen.
 */
final class BomRules {
  static final int MAX_NAME = 200;
  static final int MAX_UNIT = 20;
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");
  static final long MAX_UNIT_PRICE_FEN = 10_000_000_000L;

  private BomRules() {}

  /** The validated line, stripped; refuses with {@code invalid-<field>} problems. */
  static BomLineRequest check(BomLineRequest r, Set<String> projectSuppliers) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-body", "a JSON body with the line is required");
    }
    String name = text("name", r.name(), MAX_NAME);
    String spec = text("spec", r.spec(), MAX_NAME);
    String unit = text("unit", r.unit(), MAX_UNIT);
    BigDecimal q = r.quantity();
    if (q == null || q.signum() <= 0 || q.compareTo(MAX_QUANTITY) > 0 || q.scale() > 3) {
      throw ProblemException.badRequest(
          "invalid-quantity",
          "quantity must be above 0 and at most " + MAX_QUANTITY + ", with up to 3 decimals");
    }
    Long price = r.unitPriceFen();
    if (price == null || price < 0 || price > MAX_UNIT_PRICE_FEN) {
      throw ProblemException.badRequest(
          "invalid-unitPriceFen", "unitPriceFen must be 0 to " + MAX_UNIT_PRICE_FEN + " fen");
    }
    if (r.supplierId() == null || r.supplierId().isBlank()) {
      throw ProblemException.badRequest("invalid-supplierId", "supplierId is required");
    }
    if (!projectSuppliers.contains(r.supplierId())) {
      throw ProblemException.badRequest(
          "supplier-not-in-project",
          "supplierId "
              + r.supplierId()
              + " is not a material supplier of this project's contract");
    }
    return new BomLineRequest(name, spec, unit, q, price, r.supplierId());
  }

  /** Quantity x unit price in fen, half up; exact for every quantity the rules allow. */
  static long lineTotalFen(BigDecimal quantity, long unitPriceFen) {
    return quantity
        .multiply(BigDecimal.valueOf(unitPriceFen))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " is required, 1-" + max + " characters");
    }
    return value.strip();
  }
}
