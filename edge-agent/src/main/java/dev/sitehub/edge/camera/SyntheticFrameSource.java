package dev.sitehub.edge.camera;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.add;
import static org.bytedeco.opencv.global.opencv_core.randn;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Renders a {@link SyntheticScene}: a plain room (walls, a window, a floor) with sensor noise, and
 * optionally a person-sized box walking across it. Used by the simulator, tests and benchmarks.
 */
public final class SyntheticFrameSource implements FrameSource {
  private final int width;
  private final int height;
  private final SyntheticScene scene;
  private final Mat frame;
  private final Mat noise;
  private final Mat noiseGrey;
  private long tick;

  public SyntheticFrameSource(int width, int height, SyntheticScene scene) {
    this.width = width;
    this.height = height;
    this.scene = scene;
    this.frame = new Mat(height, width, CV_8UC3);
    this.noise = new Mat(height, width, CV_8UC3);
    this.noiseGrey = new Mat(height, width, CV_8UC1);
  }

  @Override
  public String describe() {
    return "synthetic " + width + "x" + height;
  }

  @Override
  public void open() {}

  @Override
  public Mat grab() {
    if (scene.frozen() && tick > 0) {
      return frame;
    }
    tick++;
    int b = scene.covered() ? 2 : scene.brightness();
    frame.put(new Scalar(b, b, b, 0));
    if (!scene.covered()) {
      box(0, height * 2 / 3, width, height, Math.min(255, b + 40));
      box(width / 10, height / 8, width / 3, height / 2, Math.min(255, b + 80));
      if (scene.objectMoving()) {
        int w = Math.max(8, width / 8);
        int x = (int) ((tick * (width / 25)) % Math.max(1, width - w));
        box(x, height / 3, x + w, height * 9 / 10, Math.max(0, b - 70));
      }
      if (scene.noise() > 0) {
        // Unsigned noise centred on n, added and then shifted back by n: zero-mean sensor noise.
        int n = scene.noise();
        try (Mat mu = new Mat(1, 1, CV_64F, new Scalar(n));
            Mat sigma = new Mat(1, 1, CV_64F, new Scalar(n / 2.0))) {
          randn(noiseGrey, mu, sigma);
        }
        cvtColor(noiseGrey, noise, COLOR_GRAY2BGR);
        add(frame, noise, frame);
        frame.convertTo(frame, -1, 1.0, -n);
      }
    }
    return frame;
  }

  private void box(int x1, int y1, int x2, int y2, int grey) {
    rectangle(
        frame,
        new Point(x1, y1),
        new Point(x2 - 1, y2 - 1),
        new Scalar(grey, grey, grey, 0),
        FILLED,
        LINE_8,
        0);
  }

  @Override
  public void close() {
    frame.close();
    noise.close();
    noiseGrey.close();
  }
}
