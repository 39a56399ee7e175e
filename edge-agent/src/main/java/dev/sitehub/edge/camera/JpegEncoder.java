package dev.sitehub.edge.camera;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;

/** Encodes BGR frames as JPEG at a fixed quality (1..100). */
public final class JpegEncoder {
  private final int quality;

  public JpegEncoder(int quality) {
    if (quality < 1 || quality > 100) {
      throw new IllegalArgumentException("JPEG quality must be 1..100");
    }
    this.quality = quality;
  }

  public byte[] encode(Mat bgr) {
    try (BytePointer buf = new BytePointer();
        IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, quality)) {
      if (!imencode(".jpg", bgr, buf, params)) {
        throw new IllegalStateException("JPEG encoding failed");
      }
      byte[] out = new byte[(int) buf.limit()];
      buf.get(out);
      return out;
    }
  }
}
