package dev.sitehub.cloud.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Encodes a sequence of JPEG stills into an H.264 MP4 that browsers play in a video element:
 * Cisco's OpenH264 encoder (in JavaCV's FFmpeg on every platform, unlike libx264), 4:2:0, with the
 * index at the front ({@code +faststart}) so that playback starts before the whole file has
 * arrived. Frames of any size are scaled to the output size by the recorder.
 */
final class TimelapseRenderer {
  static final String ENCODER = "libopenh264";
  private static final int MIN_BITRATE = 200_000;

  private final int width;
  private final int height;

  public TimelapseRenderer(int width, int height) {
    if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
      throw new IllegalArgumentException("width and height must be even and at least 16");
    }
    this.width = width;
    this.height = height;
  }

  /** Source of one still's JPEG bytes. */
  @FunctionalInterface
  public interface StillSource {
    byte[] read(int index) throws IOException;
  }

  /**
   * Writes {@code count} stills to {@code out}; unreadable stills are skipped. Calls {@code
   * progress} with the number of stills handled so far. Returns the number of frames written.
   */
  public int render(int count, StillSource stills, int fps, Path out, IntConsumer progress)
      throws IOException {
    int written = 0;
    try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(out.toFile(), width, height, 0);
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      rec.setFormat("mp4");
      // MPEG-4 Part 2, the former codec, plays in no browser's video element.
      rec.setVideoCodecName(ENCODER);
      rec.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      rec.setFrameRate(fps);
      // OpenH264 is rate-controlled: about 0.1 bit per pixel, enough for slowly changing scenes.
      rec.setVideoBitrate(Math.max(MIN_BITRATE, width * height * fps / 10));
      rec.setGopSize(fps * 2);
      rec.setOption("movflags", "+faststart");
      rec.start();
      for (int i = 0; i < count; i++) {
        BufferedImage img = decode(stills.read(i));
        if (img != null) {
          rec.record(converter.convert(img));
          written++;
        }
        progress.accept(i + 1);
      }
      rec.stop();
    }
    return written;
  }

  private static BufferedImage decode(byte[] jpeg) {
    return BoundedImages.decode(jpeg);
  }
}
