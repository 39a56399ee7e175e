package dev.sitehub.cloud.materials;

/** A note on accepting a delivery (optional), or the reason for disputing it (required). */
public record DeliveryDecisionRequest(String reason) {}
