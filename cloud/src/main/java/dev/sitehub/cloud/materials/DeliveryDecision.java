package dev.sitehub.cloud.materials;

/** What the project manager or customer decided about a delivery at the site. */
public enum DeliveryDecision {
  ACCEPTED,
  DISPUTED
}
