package dev.sitehub.protocol;

/** A typed refusal: the reason, and a short detail that never contains payload content. */
public record Rejection(RejectReason reason, String detail) {

  @Override
  public String toString() {
    return reason.code() + ": " + detail;
  }
}
