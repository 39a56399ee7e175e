package dev.sitehub.cloud.settlement;

/**
 * A dispute is OPEN (it holds the project's releases) until an operator's arbitration RESOLVED it.
 */
public enum DisputeState {
  OPEN,
  RESOLVED
}
