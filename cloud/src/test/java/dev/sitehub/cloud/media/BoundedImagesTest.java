package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JPEG decoding bounded by the size the header declares, before any pixel is decoded. */
class BoundedImagesTest {

  @Test
  void decode_ordinaryFrame_decodedAtItsSize() {
    BufferedImage img = BoundedImages.decode(TestFrames.jpeg(320, 240, 90));
    assertThat(img).isNotNull();
    assertThat(img.getWidth()).isEqualTo(320);
    assertThat(img.getHeight()).isEqualTo(240);
  }

  /**
   * A 1 KiB-ish frame whose header claims 60,000 × 60,000 pixels: ImageIO.read would try to
   * allocate about 10 GiB for it. It is refused from the header alone.
   */
  @Test
  void decode_headerClaimsHugeSize_refusedWithoutDecoding() {
    byte[] bomb = withDeclaredSize(TestFrames.jpeg(64, 48, 90), 60_000, 60_000);
    assertThat(bomb.length).isLessThan(64 * 1024);
    assertThat(BoundedImages.decode(bomb)).isNull();
  }

  @Test
  void decode_notAnImage_null() {
    assertThat(BoundedImages.decode("not a jpeg".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(BoundedImages.decode(new byte[0])).isNull();
    assertThat(BoundedImages.decode(null)).isNull();
  }

  /** Rewrites the height and width of the JPEG's start-of-frame segment. */
  private static byte[] withDeclaredSize(byte[] jpeg, int width, int height) {
    byte[] out = jpeg.clone();
    for (int i = 2; i + 8 < out.length; i++) {
      int marker = out[i + 1] & 0xff;
      if ((out[i] & 0xff) == 0xff && (marker == 0xc0 || marker == 0xc1 || marker == 0xc2)) {
        out[i + 5] = (byte) (height >> 8);
        out[i + 6] = (byte) height;
        out[i + 7] = (byte) (width >> 8);
        out[i + 8] = (byte) width;
        return out;
      }
    }
    throw new IllegalArgumentException("no start-of-frame marker");
  }
}
