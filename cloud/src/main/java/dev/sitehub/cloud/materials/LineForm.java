package dev.sitehub.cloud.materials;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

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
    Map<String, String> errors) {
  private static final int MAX_NUMBER = 20;

  public LineForm {
    name = name == null ? "" : name;
    spec = spec == null ? "" : spec;
    unit = unit == null ? "" : unit;
    quantity = quantity == null ? "" : quantity.strip();
    price = price == null ? "" : price.strip();
    supplierId = supplierId == null ? "" : supplierId;
    errors = Map.copyOf(errors);
  }

  static LineForm empty() {
    return new LineForm("", "", "", "", "", "", Map.of());
  }

  /** The message key of a field's error, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  /** This form with the numbers that are not numbers at all marked. */
  LineForm parse() {
    Map<String, String> e = new HashMap<>();
    if (!quantity.isEmpty() && number(quantity) == null) {
      e.put("quantity", "errQuantity");
    }
    if (!price.isEmpty() && fen(price) == null) {
      e.put("price", "errPrice");
    }
    return new LineForm(name, spec, unit, quantity, price, supplierId, e);
  }

  LineForm failed(String field, String key) {
    return new LineForm(name, spec, unit, quantity, price, supplierId, Map.of(field, key));
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
