package dev.sitehub.cloud.devices;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Renders a claim code as a QR PNG for the installer to scan into the edge box. */
final class ClaimQr {
  private static final int SCALE = 8;
  private static final int BORDER = 4;

  private ClaimQr() {}

  static byte[] png(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = (qr.size + BORDER * 2) * SCALE;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = qr.getModule(x / SCALE - BORDER, y / SCALE - BORDER);
        img.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
