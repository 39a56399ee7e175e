package dev.sitehub.cloud.materials;

import io.quarkus.qute.TemplateData;

/** A ship form as typed for one order, with the field the shipment rules refused and why. */
@TemplateData
public record ShipForm(
    String orderId, String carrier, String trackingNumber, String field, String errorKey) {
  public ShipForm {
    carrier = carrier == null ? "" : carrier;
    trackingNumber = trackingNumber == null ? "" : trackingNumber;
  }

  /** The message key of a field's error, or null. */
  public String error(String name) {
    return name.equals(field) ? errorKey : null;
  }
}
