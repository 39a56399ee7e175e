package dev.sitehub.edge.camera;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Frames from FFmpeg: a V4L2 USB camera ({@code v4l2:/dev/video0}, format video4linux2, which fails
 * in milliseconds when absent), an RTSP camera (TCP transport, socket and read timeouts) or a video
 * file (looped, for tests and demos).
 */
public final class GrabberFrameSource implements FrameSource {
  /** How the source string is interpreted. */
  public enum Kind {
    V4L2,
    RTSP,
    FILE
  }

  private static final String TIMEOUT_MICROS = "5000000";

  private final Kind kind;
  private final String location;
  private final int width;
  private final int height;
  private final int fps;
  private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
  private FFmpegFrameGrabber grabber;

  public GrabberFrameSource(Kind kind, String location, int width, int height, int fps) {
    this.kind = kind;
    this.location = location;
    this.width = width;
    this.height = height;
    this.fps = fps;
  }

  @Override
  public String describe() {
    // RTSP URLs may carry user:password; never show them.
    return kind == Kind.RTSP
        ? "rtsp " + location.replaceAll("//[^@/]*@", "//***@")
        : kind + " " + location;
  }

  @Override
  public void open() throws CameraException {
    FFmpegFrameGrabber g = new FFmpegFrameGrabber(location);
    switch (kind) {
      case V4L2 -> {
        g.setFormat("video4linux2");
        g.setImageWidth(width);
        g.setImageHeight(height);
        g.setFrameRate(fps);
      }
      case RTSP -> {
        g.setOption("rtsp_transport", "tcp");
        g.setOption("timeout", TIMEOUT_MICROS);
        g.setOption("rw_timeout", TIMEOUT_MICROS);
        g.setOption("stimeout", TIMEOUT_MICROS);
      }
      case FILE -> {}
    }
    try {
      g.start();
    } catch (FrameGrabber.Exception e) {
      try {
        g.release();
      } catch (FrameGrabber.Exception ignored) {
        // Already failing; the open error is the one to report.
      }
      throw new CameraException("cannot open " + describe() + ": " + e.getMessage(), e);
    }
    grabber = g;
  }

  @Override
  public Mat grab() throws CameraException {
    if (grabber == null) {
      throw new CameraException(describe() + " is not open");
    }
    try {
      Frame f = grabber.grabImage();
      if (f == null && kind == Kind.FILE) {
        grabber.setFrameNumber(0);
        f = grabber.grabImage();
      }
      if (f == null) {
        throw new CameraException(describe() + " returned no frame");
      }
      Mat m = converter.convert(f);
      if (m == null) {
        throw new CameraException(describe() + " returned an undecodable frame");
      }
      return m;
    } catch (FrameGrabber.Exception e) {
      throw new CameraException(describe() + " read failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (grabber != null) {
      try {
        grabber.close();
      } catch (FrameGrabber.Exception e) {
        // Closing a broken stream: nothing left to do.
      }
      grabber = null;
    }
  }
}
