package dev.sitehub.protocol;

/** Carries a rejection out of nested field reads; never escapes the codec. */
final class RejectedException extends RuntimeException {
  private final transient Rejection rejection;

  RejectedException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.rejection = new Rejection(reason, detail);
  }

  Rejection rejection() {
    return rejection;
  }
}
