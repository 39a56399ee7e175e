package dev.sitehub.cloud.consultation;

/** OPEN waits for the enterprise, ANSWERED waits for the customer, CLOSED takes no replies. */
public enum ThreadStatus {
  OPEN,
  ANSWERED,
  CLOSED
}
