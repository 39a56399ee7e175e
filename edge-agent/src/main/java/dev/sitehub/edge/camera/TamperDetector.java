package dev.sitehub.edge.camera;

import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_core.meanStdDev;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.Laplacian;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.util.Optional;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Detects a blinded camera: black (mean below {@link #BLACK_MEAN}), uniform (standard deviation
 * below {@link #UNIFORM_STDDEV}), blurred (variance of the Laplacian below the blur threshold) or
 * frozen (identical frames). A kind must persist for N consecutive frames to be reported. Not
 * thread-safe: one per camera.
 */
public final class TamperDetector implements AutoCloseable {
  static final double BLACK_MEAN = 20;
  static final double UNIFORM_STDDEV = 4;
  static final int FROZEN_FRAMES = 10;

  private final double blurVariance;
  private final int framesNeeded;
  private final Mat small = new Mat();
  private final Mat grey = new Mat();
  private final Mat previous = new Mat();
  private final Mat diff = new Mat();
  private final Mat lap = new Mat();
  private final Mat mean = new Mat();
  private final Mat std = new Mat();
  private int identical;
  private TamperKind candidate;
  private int streak;
  private TamperKind current;

  public TamperDetector(double blurVariance, int framesNeeded) {
    this.blurVariance = blurVariance;
    this.framesNeeded = framesNeeded;
  }

  /** The kind seen on this frame alone, or empty for a healthy frame. */
  public Optional<TamperKind> classify(Mat bgr) {
    int h = Math.max(1, bgr.rows() * MotionDetector.ANALYSIS_WIDTH / Math.max(1, bgr.cols()));
    resize(bgr, small, new Size(MotionDetector.ANALYSIS_WIDTH, h));
    cvtColor(small, grey, COLOR_BGR2GRAY);
    boolean same = false;
    if (!previous.empty()) {
      absdiff(grey, previous, diff);
      same = countNonZero(diff) == 0;
    }
    grey.copyTo(previous);
    identical = same ? identical + 1 : 0;
    meanStdDev(grey, mean, std);
    double m = value(mean);
    double s = value(std);
    if (m < BLACK_MEAN) {
      return Optional.of(TamperKind.BLACK);
    }
    if (s < UNIFORM_STDDEV) {
      return Optional.of(TamperKind.UNIFORM);
    }
    if (identical >= FROZEN_FRAMES) {
      return Optional.of(TamperKind.FROZEN);
    }
    Laplacian(grey, lap, CV_64F);
    meanStdDev(lap, mean, std);
    double sd = value(std);
    if (sd * sd < blurVariance) {
      return Optional.of(TamperKind.BLURRED);
    }
    return Optional.empty();
  }

  /**
   * Feeds one frame and returns the debounced state after it: the tamper kind in force, or empty.
   */
  public Optional<TamperKind> process(Mat bgr) {
    TamperKind seen = classify(bgr).orElse(null);
    if (seen == current) {
      streak = 0;
      candidate = null;
    } else if (seen == candidate) {
      streak++;
      if (streak >= framesNeeded) {
        current = seen;
        streak = 0;
        candidate = null;
      }
    } else {
      candidate = seen;
      streak = 1;
      if (framesNeeded <= 1) {
        current = seen;
        candidate = null;
        streak = 0;
      }
    }
    return Optional.ofNullable(current);
  }

  public Optional<TamperKind> current() {
    return Optional.ofNullable(current);
  }

  private static double value(Mat m) {
    try (DoubleIndexer i = m.createIndexer()) {
      return i.get(0);
    }
  }

  @Override
  public void close() {
    small.close();
    grey.close();
    previous.close();
    diff.close();
    lap.close();
    mean.close();
    std.close();
  }
}
