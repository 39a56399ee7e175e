package dev.sitehub.cloud.materials;

import io.quarkus.qute.TemplateData;

/** A ship form as typed for one order, with the field the shipment rules refused and why. */
@TemplateData
public record ShipForm(
    String orderId, String carrier, String trackingNumber, MaterialsProblem problem) {
  public ShipForm {
    carrier = carrier == null ? "" : carrier;
    trackingNumber = trackingNumber == null ? "" : trackingNumber;
  }

  /** A field's error, or null. */
  public MaterialsProblem error(String name) {
    return problem != null && name.equals(problem.field()) ? problem : null;
  }
}
