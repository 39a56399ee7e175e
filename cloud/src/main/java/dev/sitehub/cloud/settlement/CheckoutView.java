package dev.sitehub.cloud.settlement;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What the checkout page shows: the amount, and the QR code (Native) or link (H5) to pay it. */
@TemplateData
public record CheckoutView(Checkout checkout, String amountYuan, String qrDataUri) {
  static CheckoutView of(Checkout c) {
    String qr =
        "NATIVE".equals(c.channel()) && c.payUrl() != null
            ? "data:image/svg+xml;base64,"
                + Base64.getEncoder()
                    .encodeToString(PaymentQr.svg(c.payUrl()).getBytes(StandardCharsets.UTF_8))
            : null;
    return new CheckoutView(c, BigDecimal.valueOf(c.amountFen(), 2).toPlainString(), qr);
  }

  /** The H5 page with the redirect back to this checkout, as WeChat Pay's H5 flow expects. */
  public String h5Url() {
    if (!"H5".equals(checkout.channel()) || checkout.payUrl() == null) {
      return null;
    }
    String back =
        "/portal/projects/" + checkout.projectId() + "/payments/orders/" + checkout.outTradeNo();
    return checkout.payUrl() + "&redirect_url=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }
}
