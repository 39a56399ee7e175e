package dev.sitehub.cloud.materials;

/** The carrier and tracking number a shipment leaves with. */
public record ShipRequest(String carrier, String trackingNumber) {}
