package dev.sitehub.cloud.acceptance;

/** Where an acceptance record is in its sign-off: the supervisor signs first, then the customer. */
public enum AcceptanceState {
  AWAITING_SUPERVISOR,
  AWAITING_CUSTOMER,
  SIGNED
}
