package dev.sitehub.cloud.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes camera JPEGs only after reading their real size from the header. A frame is at most 1 MiB
 * on the wire, but its header may claim 65,535 × 65,535 pixels, and decoding that allocates 12 GiB
 * for the raster: one crafted frame from one box would take the cloud down. Frames above the bound
 * are refused before any pixel is decoded.
 */
final class BoundedImages {
  /** 8K UHD: well above any camera we support (1080p), far below what hurts the heap (~130 MiB). */
  static final long MAX_PIXELS = 7680L * 4320L;

  private BoundedImages() {}

  /**
   * The decoded image, or null if it is not an image, is unreadable, or is larger than the bound.
   */
  static BufferedImage decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          return null;
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
