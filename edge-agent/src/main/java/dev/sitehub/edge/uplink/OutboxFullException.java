package dev.sitehub.edge.uplink;

/** The outbox cannot make room for a record even after dropping everything it may drop. */
public final class OutboxFullException extends RuntimeException {
  public OutboxFullException(String message) {
    super(message);
  }
}
