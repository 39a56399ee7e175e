package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Real JPEG frames for tests, encoded with ImageIO so they decode everywhere. */
public final class TestFrames {
  private TestFrames() {}

  /** A JPEG of the given size whose colour depends on {@code shade}, so frames differ. */
  public static byte[] jpeg(int width, int height, int shade) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(shade & 0xff, (shade * 7) & 0xff, (shade * 13) & 0xff));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.drawString("frame " + shade, 10, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static Frame frame(String camera, Instant ts, long seq, FrameReason reason, byte[] jpeg) {
    return new Frame(new FrameMeta(camera, ts, seq, 64, 48, 0.0, reason), jpeg);
  }

  /** An id unique to this test run, valid for Topics. */
  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }
}
