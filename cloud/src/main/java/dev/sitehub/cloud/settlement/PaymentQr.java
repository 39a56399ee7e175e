package dev.sitehub.cloud.settlement;

import io.nayuki.qrcodegen.QrCode;

/** Draws a WeChat Pay Native code_url as an SVG QR code for the checkout page. */
final class PaymentQr {
  private static final int BORDER = 4;

  private PaymentQr() {}

  /** The QR code as an SVG document, one path of unit squares. */
  static String svg(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + BORDER * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\"256\" height=\"256\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }
}
