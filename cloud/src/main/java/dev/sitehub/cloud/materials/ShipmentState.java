package dev.sitehub.cloud.materials;

/** Where an order's shipment is: ordered, shipped (with carrier and tracking), delivered. */
public enum ShipmentState {
  ORDERED,
  SHIPPED,
  DELIVERED;

  /** Shipments only move forward, one step at a time. */
  public boolean canMoveTo(ShipmentState target) {
    return target.ordinal() == ordinal() + 1;
  }
}
