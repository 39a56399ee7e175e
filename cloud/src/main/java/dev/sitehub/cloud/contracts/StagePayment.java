package dev.sitehub.cloud.contracts;

/**
 * One stage of a validated plan: what falls due on its acceptance ({@code payableFen}), what is
 * held back as retention until the warranty observation ends ({@code retainedFen}), and the kind of
 * work it covers ({@code type}, null when the contract names none).
 */
public record StagePayment(
    int seq,
    String name,
    int shareBp,
    long amountFen,
    long payableFen,
    long retainedFen,
    StageType type) {
  /** A stage without a type (terms filed before stage types existed read this way). */
  public StagePayment(
      int seq, String name, int shareBp, long amountFen, long payableFen, long retainedFen) {
    this(seq, name, shareBp, amountFen, payableFen, retainedFen, null);
  }
}
