package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.Ids;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The homeowner's deposit form: the typed amount in yuan, the idempotency key minted when the form
 * was shown (so a double submit posts once), and the errors next to the field and above the form.
 */
@TemplateData
public record DepositForm(
    String projectId,
    String amount,
    String key,
    DepositProblem amountError,
    DepositProblem formError) {
  /** Larger than any renovation contract; keeps the conversion to fen far from overflow. */
  static final BigDecimal MAX_YUAN = new BigDecimal("100000000");

  /** An empty form with a fresh idempotency key. */
  public static DepositForm fresh(String projectId, Ids ids) {
    return new DepositForm(projectId, "", freshKey(ids), null, null);
  }

  static String freshKey(Ids ids) {
    return "portal-dep-" + ids.randomText(16);
  }

  /**
   * The amount in fen, or empty when it is not a positive yuan amount with at most two decimals.
   */
  static Optional<Long> fen(String amount) {
    try {
      BigDecimal yuan = new BigDecimal(amount.trim());
      if (yuan.signum() <= 0 || yuan.scale() > 2 || yuan.compareTo(MAX_YUAN) > 0) {
        return Optional.empty();
      }
      return Optional.of(yuan.movePointRight(2).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
