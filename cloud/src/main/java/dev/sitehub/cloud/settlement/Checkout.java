package dev.sitehub.cloud.settlement;

/**
 * A deposit's checkout: the provider order, where the customer pays it (a QR code's content for
 * Native, a page for H5; none in the sandbox, which posts at once), and whether it is paid.
 */
public record Checkout(
    String outTradeNo,
    String projectId,
    long amountFen,
    String channel,
    String payUrl,
    String state) {
  public boolean paid() {
    return "PAID".equals(state);
  }
}
