package dev.sitehub.cloud.materials;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal the materials page shows next to a form or above the page, with the service problem
 * codes it stands for; {@code matmsg} words each one under {@code problem_$CONSTANT}.
 */
public enum MaterialsProblem {
  NAME(Form.LINE, "name"),
  SPEC(Form.LINE, "spec"),
  UNIT(Form.LINE, "unit"),
  QUANTITY(Form.LINE, "quantity"),
  PRICE(Form.LINE, "price"),
  SUPPLIER(Form.LINE, "supplierId"),
  CARRIER(Form.SHIP, "carrier"),
  TRACKING_NUMBER(Form.SHIP, "trackingNumber"),
  DISPUTE_REASON(Form.DECISION, "reason"),
  REASON_TOO_LONG(Form.DECISION, "reason"),
  NOTHING_TO_ORDER(Form.PAGE, null),
  LINE_NOT_REMOVABLE(Form.PAGE, null),
  TRANSITION(Form.PAGE, null),
  NOT_DELIVERED(Form.PAGE, null),
  ALREADY_DECIDED(Form.PAGE, null);

  /** Where the page shows a problem: a field of one of its forms, or above the page. */
  enum Form {
    LINE,
    SHIP,
    DECISION,
    PAGE
  }

  private static final Map<String, MaterialsProblem> BY_CODE =
      Map.ofEntries(
          Map.entry("invalid-name", NAME),
          Map.entry("invalid-spec", SPEC),
          Map.entry("invalid-unit", UNIT),
          Map.entry("invalid-quantity", QUANTITY),
          Map.entry("invalid-unitPriceFen", PRICE),
          Map.entry("invalid-supplierId", SUPPLIER),
          Map.entry("supplier-not-in-project", SUPPLIER),
          Map.entry("invalid-carrier", CARRIER),
          Map.entry("invalid-trackingNumber", TRACKING_NUMBER),
          Map.entry("nothing-to-order", NOTHING_TO_ORDER),
          Map.entry("line-not-removable", LINE_NOT_REMOVABLE),
          Map.entry("invalid-shipment-transition", TRANSITION),
          Map.entry("delivery-not-delivered", NOT_DELIVERED),
          Map.entry("delivery-already-decided", ALREADY_DECIDED));

  private final Form form;
  private final String field;

  MaterialsProblem(Form form, String field) {
    this.form = form;
    this.field = field;
  }

  /**
   * The problem a service refusal becomes on the page; empty when the page does not show it. A
   * refused reason reads differently for a dispute, which needs one, than for an acceptance ({@code
   * decision} is null outside the decision form).
   */
  static Optional<MaterialsProblem> of(String problemCode, DeliveryDecision decision) {
    if ("invalid-reason".equals(problemCode)) {
      return Optional.of(decision == DeliveryDecision.DISPUTED ? DISPUTE_REASON : REASON_TOO_LONG);
    }
    return Optional.ofNullable(BY_CODE.get(problemCode));
  }

  Form form() {
    return form;
  }

  /** The form field the problem is shown under, or null when it is shown above the page. */
  String field() {
    return field;
  }
}
