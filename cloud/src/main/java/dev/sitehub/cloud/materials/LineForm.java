package dev.sitehub.cloud.materials;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The bill-of-materials line form as typed (price in yuan) and its errors by field; the page only
 * turns text into numbers, the line rules themselves stay in {@link BomRules}.
 */
@TemplateData
public record LineForm(
    String name,
    String spec,
    String unit,
    String quantity,
    String price,
    String supplierId,
    Set<MaterialsProblem> errors) {
  private static final int MAX_NUMBER = 20;

  public LineForm {
    name = name == null ? "" : name;
    spec = spec == null ? "" : spec;
    unit = unit == null ? "" : unit;
    quantity = quantity == null ? "" : quantity.strip();
    price = price == null ? "" : price.strip();
    supplierId = supplierId == null ? "" : supplierId;
    errors = Set.copyOf(errors);
  }

  static LineForm empty() {
    return new LineForm("", "", "", "", "", "", Set.of());
  }

  /** A field's error, or null. */
  public MaterialsProblem error(String field) {
    return errors.stream().filter(p -> field.equals(p.field())).findFirst().orElse(null);
  }

  /** This form with the numbers that are not numbers at all marked. */
  LineForm parse() {
    Set<MaterialsProblem> e = EnumSet.noneOf(MaterialsProblem.class);
    if (!quantity.isEmpty() && number(quantity) == null) {
      e.add(MaterialsProblem.QUANTITY);
    }
    if (!price.isEmpty() && fen(price) == null) {
      e.add(MaterialsProblem.PRICE);
    }
    return new LineForm(name, spec, unit, quantity, price, supplierId, e);
  }

  LineForm failed(MaterialsProblem problem) {
    return new LineForm(name, spec, unit, quantity, price, supplierId, Set.of(problem));
  }

  /** The request for the line rules; empty numbers stay null, so the rules refuse them. */
  BomLineRequest request() {
    return new BomLineRequest(
        name,
        spec,
        unit,
        quantity.isEmpty() ? null : number(quantity),
        price.isEmpty() ? null : fen(price),
        supplierId.isEmpty() ? null : supplierId);
  }

  /** Yuan as typed (a sign and up to two decimals) in fen; null when it is no such amount. */
  static Long fen(String yuan) {
    BigDecimal v = number(yuan);
    if (v == null || v.scale() > 2) {
      return null;
    }
    try {
      return v.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** Fen shown as yuan with two decimals: 3999 is 39.99. */
  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  private static BigDecimal number(String text) {
    if (text.length() > MAX_NUMBER) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
