package dev.sitehub.cloud.settlement;

import jakarta.enterprise.context.ApplicationScoped;

/** How many disputes wait for the operator's arbitration, for the operator's home. */
@ApplicationScoped
public class DisputeQueue {
  private final DisputeService disputes;

  DisputeQueue(DisputeService disputes) {
    this.disputes = disputes;
  }

  /** The open disputes, counted up to {@code limit}. */
  public int open(int limit) {
    return disputes.open(limit).size();
  }
}
